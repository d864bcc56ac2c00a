import type { RecommendationRequest } from '../recommendations/domain';
import { TEST_NOW } from './mentor-record.factory';

/** A scheduled request for a 30-minute Kubernetes conversation this week. */
export function buildRecommendationRequest(
  overrides: Partial<RecommendationRequest> = {},
): RecommendationRequest {
  return {
    mentee: {
      menteeId: 'mentee-1',
      departmentId: 'sales',
      languages: ['en'],
      utcOffsetMinutes: 0,
      managerChainIds: ['manager-1', 'director-1'],
    },
    skills: [{ skillId: 'kubernetes', minLevel: 3 }],
    topics: [{ topic: 'career growth' }],
    durationMinutes: 30,
    window: { start: TEST_NOW, end: TEST_NOW + 5 * 86_400_000 },
    mode: 'SCHEDULED',
    ...overrides,
  };
}
