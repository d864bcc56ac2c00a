import { InvalidMatchingInputError } from '../../matching.errors';
import { SCORE_COMPONENTS, type ScoreComponent } from './score-component';

/** Relative weight per score component. Only their ratios matter: scores are normalized to [0, 1]. */
export type MatchingWeights = Readonly<Record<ScoreComponent, number>>;

/**
 * Defaults (sum 1.00), chosen so that expertise decides and context breaks ties:
 * - skill 0.30: the asked skills at a sufficient level (related skills count partly).
 * - topic 0.12: shared topics and interests.
 * - text 0.08: how well the mentor's bio and topics match the free-text question (BM25).
 * - availability 0.12: free slots of the requested length inside the window (or free right now).
 * - timeZone 0.06: shared working hours.
 * - language 0.06: speaks the requested (or a shared) language.
 * - quality 0.10: feedback quality; mentors without enough feedback get a neutral 0.5.
 * - load 0.12: decays linearly with the mentor's utilisation, so experts are not flooded.
 * - crossDepartment 0.04: only counted when the mentee asks for another department's view.
 * A component that does not apply to a request (no skills asked, no text, no cross-department
 * wish) drops out and the rest are renormalized.
 */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = Object.freeze({
  skill: 0.3,
  topic: 0.12,
  text: 0.08,
  availability: 0.12,
  timeZone: 0.06,
  language: 0.06,
  quality: 0.1,
  load: 0.12,
  crossDepartment: 0.04,
});

/** Upper limit of a single weight; keeps tenant settings in a sane range. */
export const MAX_COMPONENT_WEIGHT = 100;

/**
 * Merges a tenant's overrides into the defaults and validates them.
 * Throws `InvalidMatchingInputError` naming the bad field, e.g. `weights.skill`.
 */
export function resolveMatchingWeights(overrides: Readonly<Record<string, unknown>> = {}): MatchingWeights {
  const known = new Set<string>(SCORE_COMPONENTS);
  for (const key of Object.keys(overrides)) {
    if (!known.has(key)) throw new InvalidMatchingInputError(`weights.${key}`, 'is not a score component');
  }
  const merged = { ...DEFAULT_MATCHING_WEIGHTS };
  for (const component of SCORE_COMPONENTS) {
    const value = overrides[component];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_COMPONENT_WEIGHT) {
      throw new InvalidMatchingInputError(
        `weights.${component}`,
        `must be a number between 0 and ${MAX_COMPONENT_WEIGHT}`,
      );
    }
    merged[component] = value;
  }
  if (SCORE_COMPONENTS.every((component) => merged[component] === 0)) {
    throw new InvalidMatchingInputError('weights', 'at least one weight must be positive');
  }
  return Object.freeze(merged);
}
