import type { TimeInterval } from './mentor-record';
import type { RecommendationRequest } from './recommendation-request';
import type { ScoreComponent } from './score-component';

/** One requested skill after validation: what counts as a match and how much it matters. */
export interface PreparedSkillQuery {
  readonly skillId: string;
  readonly minLevel: number;
  /** Share of this skill in the skill component; all shares sum to 1. */
  readonly share: number;
  /** Mentor skill id → strength (1 for the skill itself, < 1 for related skills). */
  readonly expansion: ReadonlyMap<string, number>;
}

/** Inverse of the expansions: which requested skill a mentor skill serves, and how strongly. */
export interface SkillTarget {
  readonly queryIndex: number;
  readonly strength: number;
}

/** A validated request with everything scoring needs precomputed once (shared by every scorer). */
export interface PreparedRecommendation {
  readonly request: RecommendationRequest;
  readonly k: number;
  readonly now: number;
  /** Effective weight per component (tenant weight / sum of applicable weights); 0 when not applicable. */
  readonly multipliers: Readonly<Record<ScoreComponent, number>>;
  /** 1 / (sum of applicable tenant weights): multiplier = tenant weight × weightScale when applicable. */
  readonly weightScale: number;
  readonly skillQueries: readonly PreparedSkillQuery[];
  readonly skillTargets: ReadonlyMap<string, readonly SkillTarget[]>;
  /** Topic → share of the topic component (shares sum to 1). */
  readonly topicShares: ReadonlyMap<string, number>;
  readonly textRelevance: ReadonlyMap<string, number>;
  readonly declinedMentorIds: ReadonlySet<string>;
  /** Manager chain to exclude; empty unless the request asks for it. */
  readonly excludedManagerIds: ReadonlySet<string>;
  readonly requiresVetting: boolean;
  /** Where availability is measured: the request window, or [now, now + 30 min + length] in ASK_NOW. */
  readonly window: TimeInterval;
  readonly durationMs: number;
}
