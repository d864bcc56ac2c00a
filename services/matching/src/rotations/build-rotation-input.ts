import { InvalidMatchingInputError } from '../matching.errors';
import type { ProgramPeople } from '../programs/scoring/program-people';
import { ProgramScorer } from '../programs/scoring/program-scorer';
import type { RotationFit, RotationInput, RotationPairRef } from './domain';
import type { PlanRotationInput } from './dto/plan-rotation.input';

/** Mixer bonus for a cross-department meeting, on top of the fit in [0, 1]. */
export const MIXER_CROSS_DEPARTMENT_BONUS = 0.25;
const EVENT_MEETING_MINUTES = 5;

function checkPeople(input: PlanRotationInput, people: ProgramPeople): void {
  const check = (ids: readonly string[], field: string): void =>
    ids.forEach((id, i) => {
      const person = people.byId.get(id);
      if (!person) throw new InvalidMatchingInputError(`${field}[${i}]`, 'is not a known employee');
      if (!person.isActive)
        throw new InvalidMatchingInputError(`${field}[${i}]`, 'is not an active employee');
    });
  check(input.participantIds, 'participantIds');
  check(input.mentorIds, 'mentorIds');
}

/**
 * The rotation problem of an event: fits from the recommendation scoring (each participant as the
 * asker), meetings with one's own manager chain excluded, and the mixer bonus when asked for.
 */
export function buildRotationInput(
  input: PlanRotationInput,
  people: ProgramPeople,
  now: number,
): RotationInput {
  checkPeople(input, people);
  const scorer = new ProgramScorer(
    people,
    { skillIds: [], topics: [], lengthMinutes: EVENT_MEETING_MINUTES },
    now,
  );
  const fits: RotationFit[] = [];
  const excludedPairs: RotationPairRef[] = [];
  for (const participantId of input.participantIds) {
    for (const mentorId of input.mentorIds) {
      if (participantId === mentorId) continue;
      if (scorer.excludedBy(participantId, mentorId) === 'MANAGER_CHAIN') {
        excludedPairs.push({ participantId, mentorId });
        continue;
      }
      fits.push({
        participantId,
        mentorId,
        score: Math.min(1, Math.max(0, scorer.fit(participantId, mentorId))),
      });
    }
  }
  const departmentOf = (id: string): string | null => people.byId.get(id)?.department ?? null;
  return {
    participants: input.participantIds.map((participantId) => ({
      participantId,
      departmentId: departmentOf(participantId),
    })),
    mentors: input.mentorIds.map((mentorId) => ({
      mentorId,
      departmentId: departmentOf(mentorId),
      capacityPerRound: input.capacityPerRound ?? 1,
    })),
    rounds: input.rounds,
    fits,
    excludedPairs,
    ...(input.mixer ? { mixer: { crossDepartmentBonus: MIXER_CROSS_DEPARTMENT_BONUS } } : {}),
  };
}

/** The rotation domain's field names in the client's terms (`participants[2].participantId` → `participantIds[2]`). */
export function rotationFieldOf(domainField: string): string {
  return domainField
    .replace(/^participants\[(\d+)\]\.participantId$/, 'participantIds[$1]')
    .replace(/^mentors\[(\d+)\]\.mentorId$/, 'mentorIds[$1]')
    .replace(/^mentors\[\d+\]\.capacityPerRound$/, 'capacityPerRound')
    .replace(/^participants$/, 'participantIds')
    .replace(/^mentors$/, 'mentorIds')
    .replace(/^mixer\..*$/, 'mixer');
}
