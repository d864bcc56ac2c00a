export interface RotationMeeting {
  readonly participantId: string;
  readonly mentorId: string;
  /** Fit including the mixer bonus. */
  readonly fit: number;
  readonly isCrossDepartment: boolean;
}

export interface RotationRound {
  /** 1-based. */
  readonly round: number;
  /** Sorted by mentor id, then participant id. */
  readonly meetings: readonly RotationMeeting[];
  /** Participants without a mentor this round, sorted by id. */
  readonly sittingOut: readonly string[];
}

/**
 * GLOBAL_OPTIMUM: one b-matching over all rounds, split into rounds (maximum total fit).
 * PER_ROUND: optimal assignment round by round (used when many sit-outs must be ordered fairly).
 * ROUND_ROBIN: the rotating-seats baseline.
 */
export type RotationStrategy = 'GLOBAL_OPTIMUM' | 'PER_ROUND' | 'ROUND_ROBIN';

export interface RotationPlan {
  readonly strategy: RotationStrategy;
  readonly rounds: readonly RotationRound[];
  readonly totalFit: number;
  readonly meetingCount: number;
  readonly crossDepartmentMeetings: number;
}
