export interface CohortMentee {
  readonly menteeId: string;
}

export interface CohortMentor {
  readonly mentorId: string;
  /** How many mentees this mentor takes in the program (integer ≥ 0). */
  readonly capacity: number;
}

/** An allowed pair with its score from the recommendation scoring. Pairs not listed are excluded. */
export interface CohortPair {
  readonly menteeId: string;
  readonly mentorId: string;
  /** In [0, 1]; optimality is exact on scores rounded to 6 decimals. */
  readonly score: number;
  /** Words carried into the result's explanation (e.g. the top of the score breakdown). */
  readonly reasons?: readonly string[];
}

export interface CohortPairRef {
  readonly menteeId: string;
  readonly mentorId: string;
}

export interface CohortAssignmentInput {
  readonly mentees: readonly CohortMentee[];
  readonly mentors: readonly CohortMentor[];
  /** Eligible pairs (hard exclusions already applied by leaving pairs out). */
  readonly pairs: readonly CohortPair[];
  /** Pairs a manager forces; each must be an eligible pair. */
  readonly pins?: readonly CohortPairRef[];
  /** Pairs a manager rules out. */
  readonly forbids?: readonly CohortPairRef[];
}
