import { InvalidMatchingInputError } from '../../matching.errors';
import { DEFAULT_MATCHING_WEIGHTS, resolveMatchingWeights, SCORE_COMPONENTS } from './index';

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidMatchingInputError) return error.field;
    throw error;
  }
  return undefined;
};

describe('resolveMatchingWeights', () => {
  it('documents defaults that sum to 1 over every component', () => {
    const total = SCORE_COMPONENTS.reduce((sum, component) => sum + DEFAULT_MATCHING_WEIGHTS[component], 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('merges a tenant override into the defaults', () => {
    const weights = resolveMatchingWeights({ load: 0.5 });
    expect(weights.load).toBe(0.5);
    expect(weights.skill).toBe(DEFAULT_MATCHING_WEIGHTS.skill);
    expect(Object.isFrozen(weights)).toBe(true);
  });

  it('names the bad field for negative, non-numeric or unknown weights', () => {
    expect(fieldOf(() => resolveMatchingWeights({ skill: -1 }))).toBe('weights.skill');
    expect(fieldOf(() => resolveMatchingWeights({ quality: 'high' }))).toBe('weights.quality');
    expect(fieldOf(() => resolveMatchingWeights({ timeZone: Number.NaN }))).toBe('weights.timeZone');
    expect(fieldOf(() => resolveMatchingWeights({ charisma: 1 }))).toBe('weights.charisma');
  });

  it('rejects weights that are all zero', () => {
    const zeros = Object.fromEntries(SCORE_COMPONENTS.map((component) => [component, 0]));
    expect(fieldOf(() => resolveMatchingWeights(zeros))).toBe('weights');
  });
});
