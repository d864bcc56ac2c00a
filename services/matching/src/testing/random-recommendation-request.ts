import type { RecommendationRequest, SessionFormat } from '../recommendations/domain';
import { skewedIndex, type RandomMarket } from './random-mentor-market';
import type { SeededRandom } from './seeded-random';

const DAY = 86_400_000;

function randomTextRelevance(random: SeededRandom, market: RandomMarket): Map<string, number> {
  const relevance = new Map<string, number>();
  if (!random.chance(0.25)) return relevance;
  for (let i = random.int(1, 40); i > 0; i--) {
    relevance.set(random.pick(market.mentors).mentorId, random.int(0, 100) / 100);
  }
  return relevance;
}

/** A seeded request exercising every rule: self, manager chain, declines, formats, ask-now, text. */
export function buildRandomRequest(
  random: SeededRandom,
  market: RandomMarket,
  now: number,
): RecommendationRequest {
  const { mentors, catalog, topics } = market;
  const pickMentorId = (): string => random.pick(mentors).mentorId;
  return {
    mentee: {
      menteeId: random.chance(0.3) ? pickMentorId() : `e${random.int(0, 99999)}`,
      departmentId: random.chance(0.1) ? null : `d${random.int(0, 19)}`,
      languages: random.chance(0.8) ? ['en'] : random.chance(0.5) ? ['de'] : [],
      utcOffsetMinutes: random.pick([-300, 0, 60, 330, 600]),
      managerChainIds: Array.from({ length: random.int(0, 3) }, pickMentorId),
    },
    skills: Array.from({ length: random.int(0, 3) }, () => ({
      skillId: catalog.skills[skewedIndex(random, catalog.skills.length)].skillId,
      minLevel: random.chance(0.5) ? random.int(1, 5) : undefined,
      weight: random.chance(0.5) ? random.int(30, 100) / 100 : undefined,
    })),
    topics: Array.from({ length: random.int(0, 2) }, () => ({ topic: random.pick(topics) })),
    textRelevance: randomTextRelevance(random, market),
    language: random.chance(0.4) ? null : random.chance(0.8) ? 'en' : 'de',
    format: random.chance(0.3) ? random.pick<SessionFormat>(['VIDEO_CALL', 'CHAT', 'IN_PERSON']) : null,
    durationMinutes: random.pick([15, 30, 60]),
    window: { start: now + random.int(0, 2) * DAY, end: now + random.int(3, 7) * DAY },
    mode: random.chance(0.15) ? 'ASK_NOW' : 'SCHEDULED',
    preferCrossDepartment: random.chance(0.2),
    excludeManagerChain: random.chance(0.5),
    declinedMentorIds: Array.from({ length: random.int(0, 3) }, pickMentorId),
  };
}
