export interface RotationParticipant {
  readonly participantId: string;
  readonly departmentId: string | null;
}

export interface RotationMentor {
  readonly mentorId: string;
  readonly departmentId: string | null;
  /** Participants the mentor can talk to at once in one round (integer ≥ 0, usually 1). */
  readonly capacityPerRound: number;
}

/** How well a participant and a mentor fit, in [0, 1] (e.g. from the recommendation scoring). */
export interface RotationFit {
  readonly participantId: string;
  readonly mentorId: string;
  readonly score: number;
}

export interface RotationPairRef {
  readonly participantId: string;
  readonly mentorId: string;
}

/**
 * A speed-mentoring event or mentor mixer: every round each participant meets at most one mentor,
 * never the same mentor twice, and no mentor sees more than its capacity per round.
 */
export interface RotationInput {
  readonly participants: readonly RotationParticipant[];
  readonly mentors: readonly RotationMentor[];
  /** 1 ≤ rounds ≤ number of mentors. */
  readonly rounds: number;
  /** Fit per pair; pairs not listed fit 0 but may still meet. */
  readonly fits: readonly RotationFit[];
  /** Pairs that must never meet (e.g. someone's own manager). A person never meets themself. */
  readonly excludedPairs?: readonly RotationPairRef[];
  /** Mentor mixer: add this bonus (in [0, 1]) to the fit of pairs from different departments. */
  readonly mixer?: { readonly crossDepartmentBonus: number };
}
