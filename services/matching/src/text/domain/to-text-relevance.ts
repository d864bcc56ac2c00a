import type { MentorTextHit } from './mentor-text-ranker';

/**
 * Scales hits to [0, 1] by the best hit (best → 1), the form a recommendation request takes as
 * `textRelevance`. Hits with a non-positive score are dropped.
 */
export function toTextRelevance(hits: readonly MentorTextHit[]): ReadonlyMap<string, number> {
  const best = hits.reduce((max, hit) => Math.max(max, hit.score), 0);
  const relevance = new Map<string, number>();
  if (best <= 0) return relevance;
  for (const hit of hits) if (hit.score > 0) relevance.set(hit.mentorId, hit.score / best);
  return relevance;
}
