import type { MentorRecord } from './mentor-record';
import type { PreparedRecommendation } from './prepared-recommendation';
import { levelFit } from './level-fit';

/**
 * Skill component in [0, 1]: for each requested skill the best of the mentor's matching skills
 * (strength × level fit; strength 1 for the skill itself, less for related skills), weighted by
 * the requested skill's share.
 */
export function skillFit(mentor: MentorRecord, prepared: PreparedRecommendation): number {
  const queries = prepared.skillQueries;
  if (queries.length === 0) return 0;
  let best: Float64Array | null = null;
  for (const skill of mentor.skills) {
    const targets = prepared.skillTargets.get(skill.skillId);
    if (targets === undefined) continue;
    best ??= new Float64Array(queries.length);
    for (const target of targets) {
      const match = target.strength * levelFit(skill.level, queries[target.queryIndex].minLevel);
      if (match > best[target.queryIndex]) best[target.queryIndex] = match;
    }
  }
  if (best === null) return 0;
  let fit = 0;
  for (let i = 0; i < queries.length; i++) fit += queries[i].share * best[i];
  return fit;
}
