import type { SessionFormat, TimeInterval } from './mentor-record';

/** SCHEDULED: find a slot inside the window. ASK_NOW: only mentors free within the next 30 minutes. */
export type RecommendationMode = 'SCHEDULED' | 'ASK_NOW';

export interface RequestedSkill {
  readonly skillId: string;
  /** Wanted level 1..5; defaults to 1 (any level). */
  readonly minLevel?: number;
  /** Importance in (0, 1], e.g. the extraction confidence; defaults to 1. */
  readonly weight?: number;
}

export interface RequestedTopic {
  /** Normalized topic key, as stored on mentor records. */
  readonly topic: string;
  /** Importance in (0, 1]; defaults to 1. */
  readonly weight?: number;
}

/** What matching knows about the person asking (from the identity read model). */
export interface MenteeContext {
  readonly menteeId: string;
  readonly departmentId: string | null;
  readonly languages: readonly string[];
  readonly utcOffsetMinutes: number;
  /** The mentee's managers, nearest first. */
  readonly managerChainIds: readonly string[];
}

export interface RecommendationRequest {
  readonly mentee: MenteeContext;
  readonly skills: readonly RequestedSkill[];
  readonly topics: readonly RequestedTopic[];
  /** Text retrieval relevance per mentor id in [0, 1] (e.g. normalized BM25 over bios); optional. */
  readonly textRelevance?: ReadonlyMap<string, number>;
  /** Required conversation language; when absent any language shared with the mentee fits. */
  readonly language?: string | null;
  /** Required format; mentors who do not offer it are excluded. */
  readonly format?: SessionFormat | null;
  readonly durationMinutes: number;
  /** When the conversation should happen (ignored in ASK_NOW mode). */
  readonly window: TimeInterval;
  readonly mode: RecommendationMode;
  readonly preferCrossDepartment?: boolean;
  readonly excludeManagerChain?: boolean;
  /** Mentors in a declined pair with this mentee (either side declined). */
  readonly declinedMentorIds?: readonly string[];
}
