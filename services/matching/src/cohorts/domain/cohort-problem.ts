import type { CohortPair } from './cohort-assignment-input';

/**
 * A validated cohort in canonical form: mentees and mentors sorted by id and numbered; eligible
 * pairs (not forbidden, mentor capacity > 0) grouped per mentee in CSR form and sorted by
 * quantized score descending, then mentor number.
 */
export interface CohortProblem {
  readonly menteeIds: readonly string[];
  readonly mentorIds: readonly string[];
  readonly capacity: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeMentor: Int32Array;
  /** Quantized score (see SCORE_SCALE). */
  readonly edgeScore: Int32Array;
  /** Index of the input pair, for its float score and reasons. */
  readonly edgePair: Int32Array;
  readonly pairs: readonly CohortPair[];
  /** Mentor number per mentee forced by a pin, −1 when not pinned. */
  readonly pinnedMentor: Int32Array;
}
