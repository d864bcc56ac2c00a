export type UnplacedReason = 'NO_ELIGIBLE_MENTOR' | 'CAPACITY_EXHAUSTED';

export interface CohortAssignment {
  readonly menteeId: string;
  readonly mentorId: string;
  readonly score: number;
  readonly isPinned: boolean;
  /** 1 = this mentee's best-scoring eligible mentor. */
  readonly choiceRank: number;
  readonly eligibleMentorCount: number;
  readonly explanation: string;
  /** Reasons passed in with the pair. */
  readonly reasons: readonly string[];
}

export interface UnplacedMentee {
  readonly menteeId: string;
  readonly reason: UnplacedReason;
  readonly explanation: string;
}

export interface CohortAssignmentStats {
  readonly algorithm: 'MIN_COST_FLOW' | 'GREEDY';
  /** Eligible, non-forbidden pairs with a mentor of positive capacity. */
  readonly eligiblePairs: number;
  /** Which side's units the flow routed one by one (the scarcer one); null for GREEDY. */
  readonly routedFrom: 'MENTEES' | 'MENTOR_CAPACITY' | null;
}

/**
 * Objective, in this order: place as many mentees as possible, then maximize the total score.
 * Lists are sorted by mentee id.
 */
export interface CohortAssignmentResult {
  readonly assignments: readonly CohortAssignment[];
  readonly unplaced: readonly UnplacedMentee[];
  readonly placedCount: number;
  readonly totalScore: number;
  readonly stats: CohortAssignmentStats;
}
