import type { MatchFormat } from '../matches/match.entity';

export interface CohortRunPairRef {
  readonly menteeId: string;
  readonly mentorId: string;
}

/** What a manager asked for, stored with the run so a job can (re)compute it after a restart. */
export interface CohortRunInput {
  readonly name: string;
  readonly menteeIds: readonly string[];
  readonly mentors: readonly { readonly mentorId: string; readonly capacity: number }[];
  readonly pins: readonly CohortRunPairRef[];
  readonly forbids: readonly CohortRunPairRef[];
  /** The program's theme: skills and topics every pair is scored on (plus each mentee's interests). */
  readonly focusSkillIds: readonly string[];
  readonly focusTopics: readonly string[];
  readonly format: MatchFormat;
  readonly lengthMinutes: number;
  /** The run this one re-runs with other pins or forbids, if any. */
  readonly rerunOf: string | null;
}
