import type { MentorRecord } from '../recommendations/domain';

/** Test time origin: Monday 2025-01-06 09:00 UTC. */
export const TEST_NOW = Date.UTC(2025, 0, 6, 9, 0);

/** An eligible, free, fully described mentor; override what a test is about. */
export function buildMentorRecord(overrides: Partial<MentorRecord> = {}): MentorRecord {
  return {
    mentorId: 'mentor-1',
    departmentId: 'engineering',
    isActive: true,
    pausedUntil: null,
    isVetted: true,
    skills: [{ skillId: 'kubernetes', level: 4 }],
    topics: ['career growth'],
    languages: ['en'],
    utcOffsetMinutes: 60,
    formats: ['VIDEO_CALL', 'CHAT'],
    sessionLengths: [15, 30],
    capacity: { maxSessionsPerWeek: 5, maxOpenMentees: 3 },
    load: { sessionsThisWeek: 1, openMentees: 0 },
    qualityScore: 0.8,
    freeSlots: [{ start: TEST_NOW + 3_600_000, end: TEST_NOW + 3 * 3_600_000 }],
    isAvailableNow: false,
    ...overrides,
  };
}
