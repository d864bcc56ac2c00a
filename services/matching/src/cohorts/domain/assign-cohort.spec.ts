import { NoFeasiblePairsError } from '../../matching.errors';
import { bruteForceCohort } from '../../testing/brute-force-cohort';
import { buildRandomCohort } from '../../testing/random-cohort';
import { createSeededRandom } from '../../testing/seeded-random';
import {
  assignCohort,
  assignCohortGreedily,
  quantizeScore,
  type CohortAssignmentInput,
  type CohortAssignmentResult,
} from './index';

const quantizedTotal = (result: CohortAssignmentResult): number =>
  result.assignments.reduce((sum, assignment) => sum + quantizeScore(assignment.score), 0);

function expectValid(input: CohortAssignmentInput, result: CohortAssignmentResult): void {
  const eligible = new Map(input.pairs.map((pair) => [`${pair.menteeId}|${pair.mentorId}`, pair.score]));
  const forbidden = new Set((input.forbids ?? []).map((ref) => `${ref.menteeId}|${ref.mentorId}`));
  const load = new Map<string, number>();
  for (const assignment of result.assignments) {
    const key = `${assignment.menteeId}|${assignment.mentorId}`;
    expect(eligible.get(key)).toBe(assignment.score);
    expect(forbidden.has(key)).toBe(false);
    load.set(assignment.mentorId, (load.get(assignment.mentorId) ?? 0) + 1);
  }
  for (const mentor of input.mentors)
    expect(load.get(mentor.mentorId) ?? 0).toBeLessThanOrEqual(mentor.capacity);
  for (const pin of input.pins ?? []) {
    expect(result.assignments).toContainEqual(expect.objectContaining({ ...pin, isPinned: true }));
  }
  expect(result.placedCount + result.unplaced.length).toBe(input.mentees.length);
}

const pair = (menteeId: string, mentorId: string, score: number) => ({ menteeId, mentorId, score });
const mentors = (...entries: [string, number][]) =>
  entries.map(([mentorId, capacity]) => ({ mentorId, capacity }));
const mentees = (...ids: string[]) => ids.map((menteeId) => ({ menteeId }));

describe('assignCohort', () => {
  it('matches brute force on hundreds of small seeded random cohorts', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = createSeededRandom(seed);
      const input = buildRandomCohort(random, {
        mentees: random.int(1, 7),
        mentors: random.int(1, 4),
        minCapacity: 0,
        maxCapacity: 3,
        density: random.pick([0.3, 0.6, 1]),
        pinRate: random.pick([0, 0, 0.15]),
        forbidRate: random.pick([0, 0.2]),
        scoreSteps: random.pick([4, 100, 1000]),
      });
      const optimum = bruteForceCohort(input);
      if (optimum.placed === 0) {
        expect(() => assignCohort(input)).toThrow(NoFeasiblePairsError);
        continue;
      }
      const result = assignCohort(input);
      expectValid(input, result);
      expect([result.placedCount, quantizedTotal(result)]).toEqual([optimum.placed, optimum.quantizedScore]);
      const greedy = assignCohortGreedily(input);
      expectValid(input, greedy);
      expect(greedy.placedCount * 1e12 + quantizedTotal(greedy)).toBeLessThanOrEqual(
        optimum.placed * 1e12 + optimum.quantizedScore,
      );
    }
  });

  it('places as many mentees as possible before maximizing the score', () => {
    const input = {
      mentees: mentees('a', 'b'),
      mentors: mentors(['x', 1], ['y', 1]),
      pairs: [pair('a', 'x', 1), pair('a', 'y', 0), pair('b', 'x', 0.5)],
    };
    const result = assignCohort(input);
    expect(result.assignments.map((a) => `${a.menteeId}-${a.mentorId}`)).toEqual(['a-y', 'b-x']);
    expect(result.totalScore).toBe(0.5);
  });

  it('beats greedy where taking the best pair first is myopic', () => {
    const input = {
      mentees: mentees('a', 'b'),
      mentors: mentors(['x', 1], ['y', 1]),
      pairs: [pair('a', 'x', 0.9), pair('a', 'y', 0.8), pair('b', 'x', 0.85), pair('b', 'y', 0.1)],
    };
    expect(assignCohort(input).totalScore).toBeCloseTo(1.65);
    expect(assignCohortGreedily(input).totalScore).toBeCloseTo(1.0);
  });

  it('honours pins and forbids and explains the choices', () => {
    const input = {
      mentees: mentees('a', 'b'),
      mentors: mentors(['x', 1], ['y', 2]),
      pairs: [
        { ...pair('a', 'x', 0.9), reasons: ['Kubernetes level 5/5'] },
        pair('a', 'y', 0.4),
        pair('b', 'x', 0.7),
        pair('b', 'y', 0.6),
      ],
      pins: [{ menteeId: 'b', mentorId: 'x' }],
      forbids: [{ menteeId: 'a', mentorId: 'y' }],
    };
    const result = assignCohort(input);
    expect(result.assignments).toEqual([
      expect.objectContaining({ menteeId: 'b', mentorId: 'x', isPinned: true, choiceRank: 1 }),
    ]);
    expect(result.assignments[0].explanation).toBe(
      'Pinned by the program manager (score 0.700, 1st of 2 eligible mentors).',
    );
    expect(result.unplaced).toEqual([
      {
        menteeId: 'a',
        reason: 'CAPACITY_EXHAUSTED',
        explanation: 'All 1 eligible mentor is full; placing this mentee would unplace someone else.',
      },
    ]);
  });

  it('tells a mentee without any eligible mentor apart from one whose mentors are full', () => {
    const input = {
      mentees: mentees('a', 'b', 'c'),
      mentors: mentors(['x', 1], ['y', 0]),
      pairs: [pair('a', 'x', 0.9), pair('b', 'x', 0.5), pair('c', 'y', 0.9)],
    };
    const result = assignCohort(input);
    expect(result.unplaced.map((u) => [u.menteeId, u.reason])).toEqual([
      ['b', 'CAPACITY_EXHAUSTED'],
      ['c', 'NO_ELIGIBLE_MENTOR'],
    ]);
    expect(result.assignments[0]).toMatchObject({ menteeId: 'a', choiceRank: 1, eligibleMentorCount: 1 });
  });

  it('returns the same result for any input order', () => {
    const random = createSeededRandom(3);
    const input = buildRandomCohort(random, {
      mentees: 60,
      mentors: 12,
      minCapacity: 1,
      maxCapacity: 4,
      density: 0.5,
      scoreSteps: 5,
    });
    const shuffled = {
      ...input,
      mentees: random.shuffle(input.mentees),
      mentors: random.shuffle(input.mentors),
      pairs: random.shuffle(input.pairs),
    };
    expect(assignCohort(shuffled)).toEqual(assignCohort(input));
  });
});
