import type { MentorRecord } from './mentor-record';
import type { PreparedRecommendation } from './prepared-recommendation';
import { MINUTE_MS, RECOMMENDATION_LIMITS } from './recommendation-limits';
import { countFittingSessions, findEarliestStart } from './free-time';

/** Sessions of the requested length inside the window that count as "fully available". */
export const TARGET_FREE_SESSIONS = 3;

const ASK_NOW_HORIZON_MS = RECOMMENDATION_LIMITS.askNowHorizonMinutes * MINUTE_MS;

/**
 * Availability component in [0, 1].
 * SCHEDULED: fitting sessions in the window / 3, capped at 1.
 * ASK_NOW: 1 with the live switch on or when free right now, falling to 0.5 for a start in 30
 * minutes; 0 when the mentor cannot start within 30 minutes.
 */
export function availabilityFit(mentor: MentorRecord, prepared: PreparedRecommendation): number {
  if (prepared.request.mode === 'ASK_NOW') {
    if (mentor.isAvailableNow) return 1;
    const start = findEarliestStart(
      mentor.freeSlots,
      prepared.now,
      prepared.now + ASK_NOW_HORIZON_MS,
      prepared.durationMs,
    );
    return start === null ? 0 : 1 - (0.5 * (start - prepared.now)) / ASK_NOW_HORIZON_MS;
  }
  const sessions = countFittingSessions(mentor.freeSlots, prepared.window, prepared.durationMs);
  return Math.min(1, sessions / TARGET_FREE_SESSIONS);
}
