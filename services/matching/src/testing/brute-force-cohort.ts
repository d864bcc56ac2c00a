import type { CohortAssignmentInput } from '../cohorts/domain';
import { quantizeScore } from '../cohorts/domain';

export interface BruteForceOptimum {
  readonly placed: number;
  /** Sum of quantized scores. */
  readonly quantizedScore: number;
}

/** Exhaustive search over every feasible assignment of a tiny cohort (the test oracle). */
export function bruteForceCohort(input: CohortAssignmentInput): BruteForceOptimum {
  const key = (menteeId: string, mentorId: string): string => `${menteeId}|${mentorId}`;
  const forbidden = new Set((input.forbids ?? []).map((ref) => key(ref.menteeId, ref.mentorId)));
  const pinned = new Map((input.pins ?? []).map((pin) => [pin.menteeId, pin.mentorId]));
  const options = input.mentees.map((mentee) =>
    input.pairs.filter((pair) => {
      if (pair.menteeId !== mentee.menteeId) return false;
      const pin = pinned.get(mentee.menteeId);
      return pin === undefined ? !forbidden.has(key(pair.menteeId, pair.mentorId)) : pin === pair.mentorId;
    }),
  );
  const left = new Map(input.mentors.map((mentor) => [mentor.mentorId, mentor.capacity]));
  let best: BruteForceOptimum = { placed: -1, quantizedScore: -1 };
  const visit = (i: number, placed: number, score: number): void => {
    if (i === options.length) {
      if (placed > best.placed || (placed === best.placed && score > best.quantizedScore)) {
        best = { placed, quantizedScore: score };
      }
      return;
    }
    if (!pinned.has(input.mentees[i].menteeId)) visit(i + 1, placed, score);
    for (const pair of options[i]) {
      const capacity = left.get(pair.mentorId) ?? 0;
      if (capacity <= 0) continue;
      left.set(pair.mentorId, capacity - 1);
      visit(i + 1, placed + 1, score + quantizeScore(pair.score));
      left.set(pair.mentorId, capacity);
    }
  };
  visit(0, 0, 0);
  return best;
}
