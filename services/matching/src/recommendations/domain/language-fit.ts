import type { MentorRecord } from './mentor-record';
import type { RecommendationRequest } from './recommendation-request';

/**
 * Language component, 0 or 1: speaks the requested language; without one, shares any language
 * with the mentee (1 when the mentee's languages are unknown).
 */
export function languageFit(mentor: MentorRecord, request: RecommendationRequest): number {
  if (request.language) return mentor.languages.includes(request.language) ? 1 : 0;
  const menteeLanguages = request.mentee.languages;
  if (menteeLanguages.length === 0) return 1;
  return menteeLanguages.some((language) => mentor.languages.includes(language)) ? 1 : 0;
}
