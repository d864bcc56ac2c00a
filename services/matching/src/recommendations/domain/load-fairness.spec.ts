import { buildMentorRecord, TEST_NOW } from '../../testing/mentor-record.factory';
import { buildRecommendationRequest } from '../../testing/recommendation-request.factory';
import { buildSkillCatalog } from '../../testing/skill-catalog.factory';
import { buildSkillGraph, MentorIndex, resolveMatchingWeights, type MatchingWeights } from './index';

const EXPERTS = 20;
const REQUESTS = 100;

/** Sends requests one by one; the chosen mentor's load grows after each pick, as a booking would. */
function simulatePicks(weights: MatchingWeights): Map<string, number> {
  const mentors = Array.from({ length: EXPERTS }, (_, i) =>
    buildMentorRecord({
      mentorId: `expert-${String(i).padStart(2, '0')}`,
      qualityScore: 0.99 - i * 0.01,
      capacity: { maxSessionsPerWeek: 10, maxOpenMentees: 10 },
      load: { sessionsThisWeek: 0, openMentees: 0 },
    }),
  );
  const skills = buildSkillGraph(buildSkillCatalog());
  const index = MentorIndex.build(mentors, { policy: { weights, requiresVetting: false }, skills });
  const picks = new Map<string, number>();
  for (let i = 0; i < REQUESTS; i++) {
    const [best] = index.topK(
      buildRecommendationRequest({ mentee: { ...buildRecommendationRequest().mentee, menteeId: `m${i}` } }),
      1,
      TEST_NOW,
    ).mentors;
    picks.set(best.mentorId, (picks.get(best.mentorId) ?? 0) + 1);
    const mentor = index.get(best.mentorId)!;
    const load = {
      sessionsThisWeek: mentor.load.sessionsThisWeek + 1,
      openMentees: mentor.load.openMentees + 1,
    };
    index.upsert({ ...mentor, load });
  }
  return picks;
}

describe('load decay fairness', () => {
  it('spreads many requests across equally qualified mentors', () => {
    const picks = simulatePicks(resolveMatchingWeights());
    const counts = [...picks.values()];
    expect(picks.size).toBe(EXPERTS);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  it('without load decay the best expert is flooded up to capacity first', () => {
    const picks = simulatePicks(resolveMatchingWeights({ load: 0 }));
    expect(picks.get('expert-00')).toBe(10);
    expect(picks.size).toBe(REQUESTS / 10);
  });
});
