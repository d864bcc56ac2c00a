import { isDeepStrictEqual } from 'node:util';
import {
  buildSkillGraph,
  DEFAULT_MATCHING_WEIGHTS,
  MentorIndex,
  rankMentorsExhaustively,
  type MentorRecord,
  type RecommendationContext,
  type RecommendationRequest,
} from '../../services/matching/src/recommendations/domain';
import { buildRandomMarket } from '../../services/matching/src/testing/random-mentor-market';
import { buildRandomRequest } from '../../services/matching/src/testing/random-recommendation-request';
import { createSeededRandom } from '../../services/matching/src/testing/seeded-random';
import { mib, print, summarize, timeMs } from './bench-stats';

const MENTORS = 50_000;
const SKILLS = 2_000;
const TOPICS = 300;
const REQUESTS = 1_000;
const WARM_UP = 100;
const K = 10;
const NOW = Date.UTC(2025, 0, 6, 9, 0);

interface Measured {
  readonly indexMs: readonly number[];
  readonly exhaustiveMs: readonly number[];
  readonly mismatches: number;
  readonly scoredByIndex: number;
  readonly scoredExhaustively: number;
}

/**
 * Index and exhaustive top-k for the same requests in the same run: one pass each (so neither
 * leaves its garbage to the other's timings), then every top-k is compared.
 */
function measure(
  index: MentorIndex,
  mentors: readonly MentorRecord[],
  context: RecommendationContext,
  requests: readonly RecommendationRequest[],
): Measured {
  for (const request of requests.slice(0, WARM_UP)) {
    index.topK(request, K, NOW);
    rankMentorsExhaustively(mentors, request, context, K, NOW);
  }
  const fast = requests.map((request) => timeMs(() => index.topK(request, K, NOW)));
  const slow = requests.map((request) =>
    timeMs(() => rankMentorsExhaustively(mentors, request, context, K, NOW)),
  );
  return {
    indexMs: fast.map((run) => run.ms),
    exhaustiveMs: slow.map((run) => run.ms),
    mismatches: fast.filter((run, i) => !isDeepStrictEqual(run.result.mentors, slow[i].result.mentors))
      .length,
    scoredByIndex: fast.reduce((sum, run) => sum + run.result.scoredCount, 0),
    scoredExhaustively: slow.reduce((sum, run) => sum + run.result.scoredCount, 0),
  };
}

function report(measured: Measured): void {
  const fast = summarize(measured.indexMs);
  const slow = summarize(measured.exhaustiveMs);
  const row = (name: string, s: ReturnType<typeof summarize>): string =>
    `${name.padEnd(11)} p50 ${s.p50.toFixed(3)} ms  p95 ${s.p95.toFixed(3)} ms  p99 ${s.p99.toFixed(3)} ms  mean ${s.mean.toFixed(3)} ms`;
  print(row('index', fast));
  print(row('exhaustive', slow));
  print(
    `speed-up    p50 ${(slow.p50 / fast.p50).toFixed(1)}x  p95 ${(slow.p95 / fast.p95).toFixed(1)}x  mean ${(slow.mean / fast.mean).toFixed(1)}x`,
  );
  const perRequest = (total: number): string => (total / REQUESTS).toFixed(0);
  print(
    `fully scored per request: index ${perRequest(measured.scoredByIndex)}, exhaustive ${perRequest(measured.scoredExhaustively)}`,
  );
  print(`top-${K} mismatches vs exhaustive: ${measured.mismatches} of ${REQUESTS}`);
}

function main(): void {
  const random = createSeededRandom(20250106);
  const market = buildRandomMarket(random, {
    mentorCount: MENTORS,
    skillCount: SKILLS,
    topicCount: TOPICS,
    now: NOW,
  });
  const context: RecommendationContext = {
    policy: { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting: true },
    skills: buildSkillGraph(market.catalog),
  };
  const heapBefore = process.memoryUsage().heapUsed;
  const build = timeMs(() => MentorIndex.build(market.mentors, context));
  const heapAfter = process.memoryUsage().heapUsed;
  const requests = Array.from({ length: REQUESTS }, () => buildRandomRequest(random, market, NOW));
  const askNow = requests.filter((request) => request.mode === 'ASK_NOW').length;
  print(
    `recommend: ${MENTORS} mentors, ${SKILLS}-skill catalog, ${REQUESTS} requests (${askNow} ask-now), top-${K}, node ${process.version}`,
  );
  print(`index build: ${build.ms.toFixed(0)} ms, heap +${mib(heapAfter - heapBefore)}`);
  report(measure(build.result, market.mentors, context, requests));
}

main();
