/** Half-open interval `[start, end)` in epoch milliseconds (UTC). */
export interface TimeInterval {
  readonly start: number;
  readonly end: number;
}

export type SessionFormat = 'VIDEO_CALL' | 'IN_PERSON' | 'CHAT' | 'ASYNC_ANSWER';

/** A catalog skill the mentor offers, with a level from 1 (novice) to 5 (expert). */
export interface MentorSkill {
  readonly skillId: string;
  readonly level: number;
}

export interface MentorCapacity {
  /** Sessions the mentor is willing to give per week; 0 means "none right now". */
  readonly maxSessionsPerWeek: number;
  /** Mentees the mentor is willing to have open at once. */
  readonly maxOpenMentees: number;
}

export interface MentorLoad {
  /** Sessions booked or proposed this week (from scheduling and matching). */
  readonly sessionsThisWeek: number;
  /** Mentees with an open (proposed or accepted, not finished) match. */
  readonly openMentees: number;
}

/**
 * Everything matching knows about one mentor, flattened from its own profile and the read models
 * (identity, scheduling, feedback). The wiring layer builds it; the domain never loads anything.
 */
export interface MentorRecord {
  readonly mentorId: string;
  readonly departmentId: string | null;
  /** False once the employee left, was erased or opted out as a mentor. */
  readonly isActive: boolean;
  /** Paused or on vacation while `now < pausedUntil` (epoch ms); null when not paused. */
  readonly pausedUntil: number | null;
  /** Vetting status from feedback; only enforced when the tenant requires vetting. */
  readonly isVetted: boolean;
  readonly skills: readonly MentorSkill[];
  /** Normalized topic and interest keys (lower case, trimmed), e.g. "career growth". */
  readonly topics: readonly string[];
  /** Lower-case language tags, e.g. "en", "de". */
  readonly languages: readonly string[];
  /** Current UTC offset of the mentor's IANA time zone, in minutes (computed by the caller). */
  readonly utcOffsetMinutes: number;
  readonly formats: readonly SessionFormat[];
  /** Session lengths offered, in minutes (e.g. 5, 15, 30, 60). */
  readonly sessionLengths: readonly number[];
  readonly capacity: MentorCapacity;
  readonly load: MentorLoad;
  /** Quality from feedback in [0, 1]; null while the mentor has too little feedback. */
  readonly qualityScore: number | null;
  /** Free intervals from the scheduling availability summary, sorted by start, non-overlapping. */
  readonly freeSlots: readonly TimeInterval[];
  /** The live "available now" switch. */
  readonly isAvailableNow: boolean;
}
