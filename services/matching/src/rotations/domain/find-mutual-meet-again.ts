import type { RotationPlan } from './rotation-plan';

/** After an event, one person's wish to meet another again. */
export interface MeetAgainChoice {
  readonly chooserId: string;
  readonly chosenId: string;
}

/** A pair that met during the event and both want to meet again: a proposed match. */
export interface MeetAgainPair {
  readonly participantId: string;
  readonly mentorId: string;
  /** The round in which they met. */
  readonly round: number;
}

/** Mutual "meet again" choices between people who actually met, sorted by participant, then mentor. */
export function findMutualMeetAgain(
  plan: RotationPlan,
  choices: readonly MeetAgainChoice[],
): readonly MeetAgainPair[] {
  const wishes = new Set(choices.map((choice) => `${choice.chooserId}\u0000${choice.chosenId}`));
  const pairs: MeetAgainPair[] = [];
  for (const round of plan.rounds) {
    for (const { participantId, mentorId } of round.meetings) {
      if (
        wishes.has(`${participantId}\u0000${mentorId}`) &&
        wishes.has(`${mentorId}\u0000${participantId}`)
      ) {
        pairs.push({ participantId, mentorId, round: round.round });
      }
    }
  }
  return pairs.sort((a, b) =>
    a.participantId === b.participantId
      ? a.mentorId < b.mentorId
        ? -1
        : 1
      : a.participantId < b.participantId
        ? -1
        : 1,
  );
}
