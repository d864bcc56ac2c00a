import { findEarliestStart } from './free-time';
import { isOverCapacity } from './load-fit';
import type { MentorRecord } from './mentor-record';
import type { PreparedRecommendation } from './prepared-recommendation';
import { MINUTE_MS, RECOMMENDATION_LIMITS } from './recommendation-limits';

/** Why a mentor is never recommended for a request (hard rules, checked before any scoring). */
export type IneligibilityReason =
  | 'SELF'
  | 'INACTIVE'
  | 'PAUSED'
  | 'UNVETTED'
  | 'OVER_CAPACITY'
  | 'MANAGER_CHAIN'
  | 'DECLINED'
  | 'FORMAT_NOT_OFFERED'
  | 'LENGTH_NOT_OFFERED'
  | 'NOT_AVAILABLE_NOW';

const ASK_NOW_HORIZON_MS = RECOMMENDATION_LIMITS.askNowHorizonMinutes * MINUTE_MS;

function isAvailableNow(mentor: MentorRecord, prepared: PreparedRecommendation): boolean {
  if (mentor.isAvailableNow) return true;
  const { now, durationMs } = prepared;
  return findEarliestStart(mentor.freeSlots, now, now + ASK_NOW_HORIZON_MS, durationMs) !== null;
}

function offersLength(lengths: readonly number[], minutes: number): boolean {
  for (const length of lengths) if (length >= minutes) return true;
  return false;
}

/** Returns the first hard rule the mentor breaks for this request, or null when eligible. */
export function checkEligibility(
  mentor: MentorRecord,
  prepared: PreparedRecommendation,
): IneligibilityReason | null {
  const { request } = prepared;
  if (mentor.mentorId === request.mentee.menteeId) return 'SELF';
  if (!mentor.isActive) return 'INACTIVE';
  if (mentor.pausedUntil !== null && prepared.now < mentor.pausedUntil) return 'PAUSED';
  if (prepared.requiresVetting && !mentor.isVetted) return 'UNVETTED';
  if (isOverCapacity(mentor)) return 'OVER_CAPACITY';
  if (prepared.excludedManagerIds.has(mentor.mentorId)) return 'MANAGER_CHAIN';
  if (prepared.declinedMentorIds.has(mentor.mentorId)) return 'DECLINED';
  if (request.format && !mentor.formats.includes(request.format)) return 'FORMAT_NOT_OFFERED';
  if (!offersLength(mentor.sessionLengths, request.durationMinutes)) return 'LENGTH_NOT_OFFERED';
  if (request.mode === 'ASK_NOW' && !isAvailableNow(mentor, prepared)) return 'NOT_AVAILABLE_NOW';
  return null;
}
