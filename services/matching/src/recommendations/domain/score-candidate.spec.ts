import { buildMentorRecord, TEST_NOW } from '../../testing/mentor-record.factory';
import { buildRandomMarket } from '../../testing/random-mentor-market';
import { buildRandomRequest } from '../../testing/random-recommendation-request';
import { buildRecommendationRequest } from '../../testing/recommendation-request.factory';
import { createSeededRandom } from '../../testing/seeded-random';
import { buildSkillCatalog } from '../../testing/skill-catalog.factory';
import {
  buildSkillGraph,
  DEFAULT_MATCHING_WEIGHTS,
  prepareRecommendation,
  rankMentorsExhaustively,
  scoreCandidate,
  type MentorRecord,
  type RecommendationContext,
  type RecommendationRequest,
} from './index';

const context: RecommendationContext = {
  policy: { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting: false },
  skills: buildSkillGraph(buildSkillCatalog()),
};

const score = (mentor: MentorRecord, request: RecommendationRequest = buildRecommendationRequest()) =>
  scoreCandidate(mentor, prepareRecommendation(request, context, 10, TEST_NOW));

describe('scoreCandidate', () => {
  it('makes breakdown contributions sum exactly to the score and weights sum to 1', () => {
    const random = createSeededRandom(7);
    const market = buildRandomMarket(random, {
      mentorCount: 300,
      skillCount: 40,
      topicCount: 20,
      now: TEST_NOW,
    });
    const marketContext = { ...context, skills: buildSkillGraph(market.catalog) };
    for (let i = 0; i < 30; i++) {
      const request = buildRandomRequest(random, market, TEST_NOW);
      for (const ranked of rankMentorsExhaustively(market.mentors, request, marketContext, 10, TEST_NOW)
        .mentors) {
        const sum = ranked.breakdown.reduce((total, entry) => total + entry.contribution, 0);
        expect(sum).toBe(ranked.score);
        const weights = ranked.breakdown.reduce((total, entry) => total + entry.weight, 0);
        expect(weights).toBeCloseTo(1, 12);
        for (const entry of ranked.breakdown) expect(entry.contribution).toBe(entry.weight * entry.value);
      }
    }
  });

  it('counts a related skill less than the skill itself', () => {
    const direct = score(buildMentorRecord({ skills: [{ skillId: 'kubernetes', level: 4 }] }));
    const related = score(buildMentorRecord({ skills: [{ skillId: 'docker', level: 4 }] }));
    const none = score(buildMentorRecord({ skills: [{ skillId: 'go', level: 5 }] }));
    expect(direct.values.skill).toBeCloseTo(0.92);
    expect(related.values.skill).toBeCloseTo(0.6 * 0.92);
    expect(none.values.skill).toBe(0);
  });

  it('rewards levels above the wanted minimum and penalises levels below it', () => {
    const levels = [1, 2, 3, 4, 5].map((level) =>
      score(buildMentorRecord({ skills: [{ skillId: 'kubernetes', level }] })),
    );
    const values = levels.map((scored) => scored.values.skill);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[1]).toBeLessThan(0.6);
    expect(values[2]).toBeGreaterThanOrEqual(0.6);
  });

  it('drops components that do not apply and renormalizes the others', () => {
    const request = buildRecommendationRequest({ skills: [], topics: [] });
    const prepared = prepareRecommendation(request, context, 10, TEST_NOW);
    expect(prepared.multipliers.skill).toBe(0);
    expect(prepared.multipliers.topic).toBe(0);
    expect(prepared.multipliers.text).toBe(0);
    expect(prepared.multipliers.crossDepartment).toBe(0);
    expect(prepared.multipliers.availability).toBeCloseTo(0.12 / 0.46);
  });

  it('gives the cross-department bonus only when the mentee asks for it', () => {
    const sameDepartment = buildMentorRecord({ departmentId: 'sales' });
    const otherDepartment = buildMentorRecord({ departmentId: 'finance' });
    const asked = buildRecommendationRequest({ preferCrossDepartment: true });
    expect(score(otherDepartment, asked).score).toBeGreaterThan(score(sameDepartment, asked).score);
    expect(score(otherDepartment).score).toBe(score(sameDepartment).score);
  });

  it('decays the score as the mentor fills up', () => {
    const scores = [0, 1, 2, 3, 4].map(
      (sessionsThisWeek) => score(buildMentorRecord({ load: { sessionsThisWeek, openMentees: 0 } })).score,
    );
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(5);
  });

  it('measures availability by the sessions that fit inside the window', () => {
    const hour = 3_600_000;
    const oneHour = buildMentorRecord({ freeSlots: [{ start: TEST_NOW + hour, end: TEST_NOW + 2 * hour }] });
    const outside = buildMentorRecord({
      freeSlots: [{ start: TEST_NOW + 9 * 86_400_000, end: TEST_NOW + 10 * 86_400_000 }],
    });
    expect(score(oneHour).values.availability).toBeCloseTo(2 / 3);
    expect(score(outside).values.availability).toBe(0);
  });

  it('ranks an ask-now mentor who is free right now above one free in 20 minutes', () => {
    const request = buildRecommendationRequest({ mode: 'ASK_NOW', durationMinutes: 15 });
    const now = buildMentorRecord({ freeSlots: [{ start: TEST_NOW - 60_000, end: TEST_NOW + 3_600_000 }] });
    const later = buildMentorRecord({
      freeSlots: [{ start: TEST_NOW + 20 * 60_000, end: TEST_NOW + 3_600_000 }],
    });
    expect(score(now, request).values.availability).toBe(1);
    expect(score(later, request).values.availability).toBeCloseTo(1 - 0.5 * (20 / 30));
  });

  it('explains every component in words', () => {
    const mentor = buildMentorRecord({ skills: [{ skillId: 'docker', level: 5 }] });
    const request = buildRecommendationRequest({
      skills: [{ skillId: 'kubernetes', minLevel: 3 }, { skillId: 'go' }],
      preferCrossDepartment: true,
    });
    const [ranked] = rankMentorsExhaustively([mentor], request, context, 1, TEST_NOW).mentors;
    const words = Object.fromEntries(ranked.breakdown.map((entry) => [entry.component, entry.explanation]));
    expect(words.skill).toBe('Kubernetes: related skill Docker level 5/5 (wanted 3+); Go: no match');
    expect(words.topic).toBe('shared topics: career growth');
    expect(words.timeZone).toBe('7.0 h of shared working hours (UTC+01:00 vs UTC+00:00)');
    expect(words.load).toBe('1/5 sessions this week, 0/3 open mentees');
    expect(words.crossDepartment).toBe('another department');
    expect(words.availability).toBe('4 free 30-min sessions inside the window');
  });
});
