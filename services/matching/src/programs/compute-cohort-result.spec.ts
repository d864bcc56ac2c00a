import type { CohortRunInput } from './cohort-run-input';
import { computeCohortResult, type PairRater } from './compute-cohort-result';
import type { PairRating } from './scoring/program-scorer';

function tableRater(scores: Record<string, number | 'MANAGER_CHAIN'>): PairRater {
  return {
    rate: (menteeId, mentorId): PairRating => {
      const score = scores[`${menteeId}|${mentorId}`];
      if (score === undefined || score === 'MANAGER_CHAIN') return { score: 0, excludedBy: 'MANAGER_CHAIN' };
      return { score, excludedBy: null };
    },
    reasons: (menteeId, mentorId) => [`${menteeId} fits ${mentorId}`],
  };
}

function runInput(overrides: Partial<CohortRunInput> = {}): CohortRunInput {
  return {
    name: 'Pilot',
    menteeIds: ['a', 'b'],
    mentors: [
      { mentorId: 'm1', capacity: 1 },
      { mentorId: 'm2', capacity: 1 },
    ],
    pins: [],
    forbids: [],
    focusSkillIds: [],
    focusTopics: [],
    format: 'VIDEO_CALL',
    lengthMinutes: 30,
    rerunOf: null,
    ...overrides,
  };
}

describe('computeCohortResult', () => {
  // Greedy takes a–m1 (0.9) first and leaves b with m2 (0.1); the optimum is a–m2 + b–m1.
  const rater = tableRater({ 'a|m1': 0.9, 'a|m2': 0.8, 'b|m1': 0.85, 'b|m2': 0.1 });

  it('assigns optimally, beats greedy where greedy is short-sighted, and explains the pairs', async () => {
    const result = await computeCohortResult(runInput(), rater, async () => undefined);
    expect(result.assignments.map((a) => [a.menteeId, a.mentorId])).toEqual([
      ['a', 'm2'],
      ['b', 'm1'],
    ]);
    expect(result.totalScore).toBeCloseTo(1.65, 9);
    expect(result.greedyTotalScore).toBeCloseTo(1.0, 9);
    expect(result.assignments[0].reasons).toEqual(['a fits m2']);
    expect(result.eligiblePairs).toBe(4);
  });

  it('reports why a mentee could not be placed, counting hard rules and forbids', async () => {
    const result = await computeCohortResult(
      runInput({ menteeIds: ['a', 'b', 'c'], forbids: [{ menteeId: 'c', mentorId: 'm2' }] }),
      tableRater({
        'a|m1': 0.9,
        'a|m2': 0.8,
        'b|m1': 0.85,
        'b|m2': 0.1,
        'c|m1': 'MANAGER_CHAIN',
        'c|m2': 0.5,
      }),
      async () => undefined,
    );
    expect(result.placedCount).toBe(2);
    expect(result.unplaced).toEqual([
      expect.objectContaining({
        menteeId: 'c',
        reason: 'NO_ELIGIBLE_MENTOR',
        exclusions: [
          { reason: 'MANAGER_CHAIN', count: 1 },
          { reason: 'FORBIDDEN', count: 1 },
        ],
      }),
    ]);
  });

  it('reports rising progress through its phases', async () => {
    const seen: [number, string][] = [];
    await computeCohortResult(
      runInput(),
      rater,
      async (progress, phase) => void seen.push([progress, phase]),
    );
    const progress = seen.map(([p]) => p);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(seen.map(([, phase]) => phase)).toEqual([
      'scoring pairs',
      'assigning',
      'comparing with greedy',
      'explaining',
    ]);
  });
});
