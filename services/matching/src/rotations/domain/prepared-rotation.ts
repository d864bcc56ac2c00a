/** A validated rotation in dense, numbered form (participants and mentors sorted by id). */
export interface PreparedRotation {
  readonly participantIds: readonly string[];
  readonly mentorIds: readonly string[];
  readonly capacity: Int32Array;
  readonly rounds: number;
  /** Row-major participant × mentor: fit incl. mixer bonus, or −1 when the pair may not meet. */
  readonly fit: Float64Array;
  /** Row-major participant × mentor: 1 for a cross-department pair. */
  readonly isCross: Uint8Array;
  /** Largest possible fit (1 + mixer bonus). */
  readonly maxFit: number;
}

/** Mentor number per participant per round (−1 = sitting out). */
export type RoundAssignments = readonly Int32Array[];
