import type { CohortAssignmentInput, CohortPair, CohortPairRef } from '../cohorts/domain';
import type { SeededRandom } from './seeded-random';

export interface RandomCohortOptions {
  readonly mentees: number;
  readonly mentors: number;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** Share of mentee × mentor pairs that are eligible. */
  readonly density: number;
  readonly pinRate?: number;
  readonly forbidRate?: number;
  /** Scores on a grid of 1 / scoreSteps (coarse grids create ties). */
  readonly scoreSteps?: number;
}

function pickPins(
  random: SeededRandom,
  pairs: readonly CohortPair[],
  capacity: Map<string, number>,
  rate: number,
) {
  const pins: CohortPairRef[] = [];
  const pinned = new Set<string>();
  for (const pair of pairs) {
    const left = capacity.get(pair.mentorId) ?? 0;
    if (pinned.has(pair.menteeId) || left <= 0 || !random.chance(rate)) continue;
    pins.push({ menteeId: pair.menteeId, mentorId: pair.mentorId });
    pinned.add(pair.menteeId);
    capacity.set(pair.mentorId, left - 1);
  }
  return pins;
}

/** A seeded cohort: capacities, eligible pairs with scores, valid pins and forbids. */
export function buildRandomCohort(random: SeededRandom, options: RandomCohortOptions): CohortAssignmentInput {
  const mentees = Array.from({ length: options.mentees }, (_, i) => ({
    menteeId: `mentee-${String(i).padStart(5, '0')}`,
  }));
  const mentors = Array.from({ length: options.mentors }, (_, i) => ({
    mentorId: `mentor-${String(i).padStart(4, '0')}`,
    capacity: random.int(options.minCapacity, options.maxCapacity),
  }));
  const steps = options.scoreSteps ?? 1000;
  const pairs: CohortPair[] = [];
  for (const mentee of mentees) {
    for (const mentor of mentors) {
      if (random.chance(options.density)) {
        pairs.push({
          menteeId: mentee.menteeId,
          mentorId: mentor.mentorId,
          score: random.int(0, steps) / steps,
        });
      }
    }
  }
  const capacity = new Map(mentors.map((mentor) => [mentor.mentorId, mentor.capacity]));
  const pins = pickPins(random, pairs, capacity, options.pinRate ?? 0);
  const pinKeys = new Set(pins.map((pin) => `${pin.menteeId}|${pin.mentorId}`));
  const forbids = pairs
    .filter(
      (pair) => !pinKeys.has(`${pair.menteeId}|${pair.mentorId}`) && random.chance(options.forbidRate ?? 0),
    )
    .map((pair) => ({ menteeId: pair.menteeId, mentorId: pair.mentorId }));
  return { mentees, mentors, pairs, pins, forbids };
}
