import { InvalidMatchingInputError } from '../../matching.errors';
import { buildMentorRecord, TEST_NOW } from '../../testing/mentor-record.factory';
import { buildRandomMarket, type RandomMarket } from '../../testing/random-mentor-market';
import { buildRandomRequest } from '../../testing/random-recommendation-request';
import { buildRecommendationRequest } from '../../testing/recommendation-request.factory';
import { createSeededRandom, type SeededRandom } from '../../testing/seeded-random';
import { buildSkillCatalog } from '../../testing/skill-catalog.factory';
import {
  buildSkillGraph,
  DEFAULT_MATCHING_WEIGHTS,
  MentorIndex,
  rankMentorsExhaustively,
  resolveMatchingWeights,
  type MentorRecord,
  type RecommendationContext,
} from './index';

const contextFor = (market: RandomMarket, requiresVetting: boolean, weights = DEFAULT_MATCHING_WEIGHTS) => ({
  policy: { weights, requiresVetting },
  skills: buildSkillGraph(market.catalog),
});

function expectSameTopK(
  random: SeededRandom,
  index: MentorIndex,
  mentors: Iterable<MentorRecord>,
  market: RandomMarket,
  context: RecommendationContext,
): void {
  const request = buildRandomRequest(random, market, TEST_NOW);
  const k = random.pick([1, 3, 10, 25]);
  const expected = rankMentorsExhaustively(mentors, request, context, k, TEST_NOW);
  expect(index.topK(request, k, TEST_NOW).mentors).toEqual(expected.mentors);
}

describe('MentorIndex', () => {
  it('returns exactly the exhaustive top-k on seeded random tenants', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = createSeededRandom(seed);
      const size = {
        mentorCount: random.int(1, 400),
        skillCount: random.int(5, 60),
        topicCount: 15,
        now: TEST_NOW,
      };
      const market = buildRandomMarket(random, size);
      const weights = seed % 4 === 0 ? resolveMatchingWeights({ skill: random.next(), load: 0 }) : undefined;
      const context = contextFor(market, seed % 2 === 0, weights);
      const index = MentorIndex.build(market.mentors, context);
      for (let i = 0; i < 25; i++) expectSameTopK(random, index, market.mentors, market, context);
    }
  });

  it('stays exact through incremental upserts and removals', () => {
    const random = createSeededRandom(99);
    const now = TEST_NOW;
    const market = buildRandomMarket(random, { mentorCount: 300, skillCount: 30, topicCount: 10, now });
    const fresh = buildRandomMarket(random, { mentorCount: 300, skillCount: 30, topicCount: 10, now });
    const context = contextFor(market, true);
    const index = MentorIndex.build(market.mentors, context);
    const current = new Map(market.mentors.map((mentor) => [mentor.mentorId, mentor]));
    for (let step = 0; step < 400; step++) {
      const replacement = random.pick(fresh.mentors);
      const mentorId = random.pick(market.mentors).mentorId;
      if (random.chance(0.3)) {
        index.remove(mentorId);
        current.delete(mentorId);
      } else {
        const mentor = { ...replacement, mentorId };
        index.upsert(mentor);
        current.set(mentorId, mentor);
      }
      if (step % 10 === 0) expectSameTopK(random, index, current.values(), market, context);
    }
    expect(index.size).toBe(current.size);
  });

  it('scores far fewer mentors than the exhaustive scan on a larger tenant', () => {
    const random = createSeededRandom(5);
    const market = buildRandomMarket(random, {
      mentorCount: 5000,
      skillCount: 200,
      topicCount: 40,
      now: TEST_NOW,
    });
    const context = contextFor(market, false);
    const index = MentorIndex.build(market.mentors, context);
    let indexed = 0;
    let exhaustive = 0;
    for (let i = 0; i < 20; i++) {
      const request = { ...buildRandomRequest(random, market, TEST_NOW), mode: 'SCHEDULED' as const };
      indexed += index.topK(request, 10, TEST_NOW).scoredCount;
      exhaustive += rankMentorsExhaustively(market.mentors, request, context, 10, TEST_NOW).scoredCount;
    }
    expect(indexed * 5).toBeLessThan(exhaustive);
  });

  it('answers ask-now requests with mentors free in the next 30 minutes only', () => {
    const minute = 60_000;
    const context = {
      policy: { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting: false },
      skills: buildSkillGraph(buildSkillCatalog()),
    };
    const index = MentorIndex.build(
      [
        buildMentorRecord({
          mentorId: 'free-now',
          freeSlots: [{ start: TEST_NOW - minute, end: TEST_NOW + 60 * minute }],
        }),
        buildMentorRecord({ mentorId: 'switch-on', freeSlots: [], isAvailableNow: true }),
        buildMentorRecord({
          mentorId: 'later',
          freeSlots: [{ start: TEST_NOW + 90 * minute, end: TEST_NOW + 200 * minute }],
        }),
      ],
      context,
    );
    const request = buildRecommendationRequest({ mode: 'ASK_NOW', durationMinutes: 15 });
    const ids = index.topK(request, 10, TEST_NOW).mentors.map((mentor) => mentor.mentorId);
    expect(ids.sort()).toEqual(['free-now', 'switch-on']);
  });

  it('forgets a removed mentor and rejects a malformed record naming the field', () => {
    const context = {
      policy: { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting: false },
      skills: buildSkillGraph(buildSkillCatalog()),
    };
    const index = MentorIndex.build([buildMentorRecord()], context);
    index.remove('mentor-1');
    expect(index.topK(buildRecommendationRequest(), 5, TEST_NOW).mentors).toEqual([]);
    const broken = buildMentorRecord({ capacity: { maxSessionsPerWeek: -1, maxOpenMentees: 1 } });
    expect(() => index.upsert(broken)).toThrow(InvalidMatchingInputError);
    expect(() => index.upsert(broken)).toThrow('mentors[mentor-1].capacity.maxSessionsPerWeek');
    const endless = buildMentorRecord({ freeSlots: [{ start: TEST_NOW, end: TEST_NOW + 400 * 86_400_000 }] });
    expect(() => index.upsert(endless)).toThrow('mentors[mentor-1].freeSlots[0]');
  });
});
