import { MatchingError } from '../../matching.errors';
import { TEST_NOW } from '../../testing/mentor-record.factory';
import { buildRecommendationRequest } from '../../testing/recommendation-request.factory';
import { buildSkillCatalog } from '../../testing/skill-catalog.factory';
import {
  buildSkillGraph,
  DEFAULT_MATCHING_WEIGHTS,
  prepareRecommendation,
  type RecommendationRequest,
} from './index';

const context = {
  policy: { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting: false },
  skills: buildSkillGraph(buildSkillCatalog()),
};

const failure = (request: Partial<RecommendationRequest>, k = 10): { code: string; field: string } | null => {
  try {
    prepareRecommendation(buildRecommendationRequest(request), context, k, TEST_NOW);
    return null;
  } catch (error) {
    if (error instanceof MatchingError) return { code: error.code, field: error.field };
    throw error;
  }
};

describe('prepareRecommendation', () => {
  it('rejects k out of range naming "first"', () => {
    expect(failure({}, 0)).toEqual({ code: 'MATCHING.INVALID_INPUT', field: 'first' });
    expect(failure({}, 101)).toEqual({ code: 'MATCHING.INVALID_INPUT', field: 'first' });
  });

  it('rejects an unknown skill naming its position', () => {
    expect(failure({ skills: [{ skillId: 'go' }, { skillId: 'cobol' }] })).toEqual({
      code: 'MATCHING.UNKNOWN_SKILL',
      field: 'skills[1].skillId',
    });
  });

  it('rejects a window in the past or an empty one', () => {
    expect(failure({ window: { start: TEST_NOW - 7200_000, end: TEST_NOW - 3600_000 } })?.field).toBe(
      'window',
    );
    expect(failure({ window: { start: TEST_NOW + 10, end: TEST_NOW + 10 } })?.field).toBe('window');
  });

  it('ignores the window in ask-now mode and looks at the next 30 minutes plus the session', () => {
    const prepared = prepareRecommendation(
      buildRecommendationRequest({ mode: 'ASK_NOW', durationMinutes: 15, window: { start: 0, end: 1 } }),
      context,
      5,
      TEST_NOW,
    );
    expect(prepared.window).toEqual({ start: TEST_NOW, end: TEST_NOW + 45 * 60_000 });
  });

  it('rejects bad levels, weights and lengths naming the field', () => {
    expect(failure({ skills: [{ skillId: 'go', minLevel: 6 }] })?.field).toBe('skills[0].minLevel');
    expect(failure({ skills: [{ skillId: 'go', weight: 0 }] })?.field).toBe('skills[0].weight');
    expect(failure({ durationMinutes: 2 })?.field).toBe('durationMinutes');
    expect(failure({ topics: [{ topic: ' ' }] })?.field).toBe('topics[0].topic');
  });

  it('expands a requested skill with its related skills in both directions', () => {
    const prepared = prepareRecommendation(
      buildRecommendationRequest({ skills: [{ skillId: 'kubernetes' }] }),
      context,
      5,
      TEST_NOW,
    );
    expect([...prepared.skillQueries[0].expansion]).toEqual([
      ['kubernetes', 1],
      ['docker', 0.6],
      ['helm', 0.5],
    ]);
  });
});
