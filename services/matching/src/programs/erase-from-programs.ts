import type { RotationInput, RotationPlan } from '../rotations/domain';
import type { CohortRunInput } from './cohort-run-input';
import type { CohortRunResult } from './cohort-run-result';

/** A cohort run's input and result without an erased person (pairs they were in go with them). */
export function eraseFromCohortRun(
  input: CohortRunInput,
  result: CohortRunResult | null,
  id: string,
): { input: CohortRunInput; result: CohortRunResult | null } {
  const keepPair = (pair: { menteeId: string; mentorId: string }): boolean =>
    pair.menteeId !== id && pair.mentorId !== id;
  return {
    input: {
      ...input,
      menteeIds: input.menteeIds.filter((menteeId) => menteeId !== id),
      mentors: input.mentors.filter((mentor) => mentor.mentorId !== id),
      pins: input.pins.filter(keepPair),
      forbids: input.forbids.filter(keepPair),
    },
    result: result && {
      ...result,
      assignments: result.assignments.filter(keepPair),
      unplaced: result.unplaced.filter((u) => u.menteeId !== id),
    },
  };
}

/** A rotation plan without an erased person: their meetings, sit-outs and fits go. */
export function eraseFromRotation(
  input: RotationInput,
  plan: RotationPlan,
  id: string,
): { input: RotationInput; plan: RotationPlan } {
  const keepPair = (pair: { participantId: string; mentorId: string }): boolean =>
    pair.participantId !== id && pair.mentorId !== id;
  return {
    input: {
      ...input,
      participants: input.participants.filter((p) => p.participantId !== id),
      mentors: input.mentors.filter((m) => m.mentorId !== id),
      fits: input.fits.filter(keepPair),
      excludedPairs: (input.excludedPairs ?? []).filter(keepPair),
    },
    plan: {
      ...plan,
      rounds: plan.rounds.map((round) => ({
        ...round,
        meetings: round.meetings.filter(keepPair),
        sittingOut: round.sittingOut.filter((participantId) => participantId !== id),
      })),
    },
  };
}
