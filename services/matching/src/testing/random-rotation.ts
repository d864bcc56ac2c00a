import type { RotationFit, RotationInput } from '../rotations/domain';
import type { SeededRandom } from './seeded-random';

export interface RandomRotationOptions {
  readonly participants: number;
  readonly mentors: number;
  readonly maxCapacity: number;
  readonly rounds: number;
  readonly departments: number;
  readonly exclusionRate?: number;
  readonly mixerBonus?: number;
  /** Share of people who are both participant and mentor (peer events). */
  readonly peerRate?: number;
  readonly scoreSteps?: number;
}

/** A seeded event: participants and mentors in departments, fits, some exclusions and peers. */
export function buildRandomRotation(random: SeededRandom, options: RandomRotationOptions): RotationInput {
  const mentors = Array.from({ length: options.mentors }, (_, i) => ({
    mentorId: `mentor-${String(i).padStart(3, '0')}`,
    departmentId: `d${random.int(0, options.departments - 1)}`,
    capacityPerRound: random.int(1, options.maxCapacity),
  }));
  const participants = Array.from({ length: options.participants }, (_, i) => ({
    participantId: random.chance(options.peerRate ?? 0)
      ? mentors[i % mentors.length].mentorId
      : `p-${String(i).padStart(4, '0')}`,
    departmentId: random.chance(0.1) ? null : `d${random.int(0, options.departments - 1)}`,
  })).filter(
    (participant, i, all) =>
      all.findIndex((other) => other.participantId === participant.participantId) === i,
  );
  const steps = options.scoreSteps ?? 100;
  const fits: RotationFit[] = [];
  const excludedPairs: { participantId: string; mentorId: string }[] = [];
  for (const participant of participants) {
    for (const mentor of mentors) {
      const pair = { participantId: participant.participantId, mentorId: mentor.mentorId };
      if (random.chance(options.exclusionRate ?? 0)) excludedPairs.push(pair);
      else if (random.chance(0.9)) fits.push({ ...pair, score: random.int(0, steps) / steps });
    }
  }
  const mixer = options.mixerBonus === undefined ? undefined : { crossDepartmentBonus: options.mixerBonus };
  return { participants, mentors, rounds: options.rounds, fits, excludedPairs, mixer };
}
