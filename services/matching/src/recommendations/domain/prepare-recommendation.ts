import type { MatchingPolicy } from './matching-policy';
import type { PreparedRecommendation, PreparedSkillQuery, SkillTarget } from './prepared-recommendation';
import type { RecommendationRequest } from './recommendation-request';
import { MINUTE_MS, RECOMMENDATION_LIMITS } from './recommendation-limits';
import { SCORE_COMPONENTS, type ScoreComponent } from './score-component';
import type { SkillGraph } from './skill-graph';
import { validateRecommendationRequest } from './validate-recommendation-request';

/** Tenant context every scorer needs. */
export interface RecommendationContext {
  readonly policy: MatchingPolicy;
  readonly skills: SkillGraph;
}

function prepareSkillQueries(
  request: RecommendationRequest,
  skills: SkillGraph,
): readonly PreparedSkillQuery[] {
  const merged = new Map<string, { minLevel: number; weight: number }>();
  for (const skill of request.skills) {
    const previous = merged.get(skill.skillId);
    const minLevel = Math.max(skill.minLevel ?? 1, previous?.minLevel ?? 1);
    merged.set(skill.skillId, { minLevel, weight: Math.max(skill.weight ?? 1, previous?.weight ?? 0) });
  }
  const total = [...merged.values()].reduce((sum, entry) => sum + entry.weight, 0);
  return [...merged].map(([skillId, entry]) => {
    const expansion = new Map<string, number>([[skillId, 1]]);
    for (const related of skills.related(skillId)) expansion.set(related.skillId, related.strength);
    return { skillId, minLevel: entry.minLevel, share: entry.weight / total, expansion };
  });
}

function invertExpansions(
  queries: readonly PreparedSkillQuery[],
): ReadonlyMap<string, readonly SkillTarget[]> {
  const targets = new Map<string, SkillTarget[]>();
  queries.forEach((query, queryIndex) => {
    for (const [skillId, strength] of query.expansion) {
      const list = targets.get(skillId) ?? [];
      list.push({ queryIndex, strength });
      targets.set(skillId, list);
    }
  });
  return targets;
}

function prepareTopicShares(request: RecommendationRequest): ReadonlyMap<string, number> {
  const merged = new Map<string, number>();
  for (const topic of request.topics) {
    const key = topic.topic.trim().toLowerCase();
    merged.set(key, Math.max(merged.get(key) ?? 0, topic.weight ?? 1));
  }
  const total = [...merged.values()].reduce((sum, weight) => sum + weight, 0);
  return new Map([...merged].map(([topic, weight]) => [topic, weight / total]));
}

interface Multipliers {
  readonly multipliers: Readonly<Record<ScoreComponent, number>>;
  readonly weightScale: number;
}

function computeMultipliers(
  policy: MatchingPolicy,
  applicable: Readonly<Record<ScoreComponent, boolean>>,
): Multipliers {
  const total = SCORE_COMPONENTS.reduce((sum, c) => sum + (applicable[c] ? policy.weights[c] : 0), 0);
  const weightScale = total > 0 ? 1 / total : 0;
  const entries = SCORE_COMPONENTS.map((c) => [c, applicable[c] ? policy.weights[c] * weightScale : 0]);
  return { multipliers: Object.fromEntries(entries) as Record<ScoreComponent, number>, weightScale };
}

/**
 * Validates a request and precomputes what every mentor's scoring shares: skill expansions
 * (requested + related skills), topic shares, effective weights, exclusion sets, the window.
 */
export function prepareRecommendation(
  request: RecommendationRequest,
  context: RecommendationContext,
  k: number,
  now: number,
): PreparedRecommendation {
  validateRecommendationRequest(request, context.skills, k, now);
  const skillQueries = prepareSkillQueries(request, context.skills);
  const topicShares = prepareTopicShares(request);
  const textRelevance = request.textRelevance ?? new Map<string, number>();
  const { multipliers, weightScale } = computeMultipliers(context.policy, {
    skill: skillQueries.length > 0,
    topic: topicShares.size > 0,
    text: textRelevance.size > 0,
    availability: true,
    timeZone: true,
    language: true,
    quality: true,
    load: true,
    crossDepartment: request.preferCrossDepartment === true,
  });
  const durationMs = request.durationMinutes * MINUTE_MS;
  const askNowEnd = now + RECOMMENDATION_LIMITS.askNowHorizonMinutes * MINUTE_MS + durationMs;
  return {
    request,
    k,
    now,
    multipliers,
    weightScale,
    skillQueries,
    skillTargets: invertExpansions(skillQueries),
    topicShares,
    textRelevance,
    declinedMentorIds: new Set(request.declinedMentorIds ?? []),
    excludedManagerIds: new Set(request.excludeManagerChain ? request.mentee.managerChainIds : []),
    requiresVetting: context.policy.requiresVetting,
    window: request.mode === 'ASK_NOW' ? { start: now, end: askNowEnd } : request.window,
    durationMs,
  };
}
