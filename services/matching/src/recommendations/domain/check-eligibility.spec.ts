import { buildMentorRecord, TEST_NOW } from '../../testing/mentor-record.factory';
import { buildRecommendationRequest } from '../../testing/recommendation-request.factory';
import { buildSkillCatalog } from '../../testing/skill-catalog.factory';
import {
  buildSkillGraph,
  checkEligibility,
  DEFAULT_MATCHING_WEIGHTS,
  prepareRecommendation,
  type MentorRecord,
  type RecommendationRequest,
} from './index';

const skills = buildSkillGraph(buildSkillCatalog());

const verdict = (
  mentor: MentorRecord,
  request: Partial<RecommendationRequest> = {},
  requiresVetting = false,
): string | null => {
  const policy = { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting };
  const prepared = prepareRecommendation(
    buildRecommendationRequest(request),
    { policy, skills },
    5,
    TEST_NOW,
  );
  return checkEligibility(mentor, prepared);
};

describe('checkEligibility', () => {
  it('accepts an active, free, vetted mentor with capacity', () => {
    expect(verdict(buildMentorRecord())).toBeNull();
  });

  it('never recommends the mentee themself', () => {
    expect(verdict(buildMentorRecord({ mentorId: 'mentee-1' }))).toBe('SELF');
  });

  it('excludes inactive and paused mentors, but not after the pause ends', () => {
    expect(verdict(buildMentorRecord({ isActive: false }))).toBe('INACTIVE');
    expect(verdict(buildMentorRecord({ pausedUntil: TEST_NOW + 1 }))).toBe('PAUSED');
    expect(verdict(buildMentorRecord({ pausedUntil: TEST_NOW }))).toBeNull();
  });

  it('excludes unvetted mentors only when the tenant requires vetting', () => {
    expect(verdict(buildMentorRecord({ isVetted: false }), {}, true)).toBe('UNVETTED');
    expect(verdict(buildMentorRecord({ isVetted: false }), {}, false)).toBeNull();
  });

  it('excludes mentors at capacity for sessions or for open mentees', () => {
    const capacity = { maxSessionsPerWeek: 2, maxOpenMentees: 1 };
    expect(verdict(buildMentorRecord({ capacity, load: { sessionsThisWeek: 2, openMentees: 0 } }))).toBe(
      'OVER_CAPACITY',
    );
    expect(verdict(buildMentorRecord({ capacity, load: { sessionsThisWeek: 0, openMentees: 1 } }))).toBe(
      'OVER_CAPACITY',
    );
    expect(verdict(buildMentorRecord({ capacity: { maxSessionsPerWeek: 0, maxOpenMentees: 3 } }))).toBe(
      'OVER_CAPACITY',
    );
  });

  it('excludes the manager chain only when asked to', () => {
    const director = buildMentorRecord({ mentorId: 'director-1' });
    expect(verdict(director, { excludeManagerChain: true })).toBe('MANAGER_CHAIN');
    expect(verdict(director, { excludeManagerChain: false })).toBeNull();
  });

  it('respects declined pairs', () => {
    expect(verdict(buildMentorRecord(), { declinedMentorIds: ['mentor-1'] })).toBe('DECLINED');
  });

  it('excludes mentors without the requested format or a long enough session', () => {
    expect(verdict(buildMentorRecord(), { format: 'IN_PERSON' })).toBe('FORMAT_NOT_OFFERED');
    expect(verdict(buildMentorRecord(), { durationMinutes: 60 })).toBe('LENGTH_NOT_OFFERED');
  });

  it('in ask-now mode keeps only mentors free within 30 minutes or with the live switch on', () => {
    const askNow: Partial<RecommendationRequest> = { mode: 'ASK_NOW', durationMinutes: 15 };
    const minute = 60_000;
    const in20 = buildMentorRecord({
      freeSlots: [{ start: TEST_NOW + 20 * minute, end: TEST_NOW + 40 * minute }],
    });
    const in40 = buildMentorRecord({
      freeSlots: [{ start: TEST_NOW + 40 * minute, end: TEST_NOW + 90 * minute }],
    });
    const tooShort = buildMentorRecord({ freeSlots: [{ start: TEST_NOW, end: TEST_NOW + 10 * minute }] });
    expect(verdict(in20, askNow)).toBeNull();
    expect(verdict(in40, askNow)).toBe('NOT_AVAILABLE_NOW');
    expect(verdict(tooShort, askNow)).toBe('NOT_AVAILABLE_NOW');
    expect(verdict(buildMentorRecord({ freeSlots: [], isAvailableNow: true }), askNow)).toBeNull();
  });
});
