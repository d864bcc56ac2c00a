import type { MatchingWeights } from './matching-weights';

/** Per-tenant matching settings. */
export interface MatchingPolicy {
  /** Validated weights (see `resolveMatchingWeights`). */
  readonly weights: MatchingWeights;
  /** When true, mentors whose vetting is not complete are never recommended. */
  readonly requiresVetting: boolean;
}
