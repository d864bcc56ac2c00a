export type SkillMatchSource = 'NAME' | 'ALIAS';

export interface ExtractedSkill {
  readonly skillId: string;
  /** In (0, 1]: 1 for an exact name, less for aliases, compact spellings and ambiguous short words. */
  readonly confidence: number;
  /** The words of the question that matched. */
  readonly matchedText: string;
  readonly via: SkillMatchSource;
}

/** A skill the question did not name but that is related to one it did. */
export interface SuggestedRelatedSkill {
  readonly skillId: string;
  /** Confidence of the named skill × relation strength. */
  readonly confidence: number;
  readonly viaSkillId: string;
}

export interface ExtractedTopic {
  readonly topic: string;
  readonly confidence: number;
  readonly matchedText: string;
}

/** Result of understanding a free-text question; lists are sorted by confidence, then id. */
export interface TextExtraction {
  readonly skills: readonly ExtractedSkill[];
  readonly relatedSkills: readonly SuggestedRelatedSkill[];
  readonly topics: readonly ExtractedTopic[];
  /** Analyzed terms (normalized, stemmed, no stop words) for text retrieval. */
  readonly terms: readonly string[];
}
