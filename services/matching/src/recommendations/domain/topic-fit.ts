import type { MentorRecord } from './mentor-record';
import type { PreparedRecommendation } from './prepared-recommendation';

/** Topic component in [0, 1]: the summed shares of the requested topics the mentor lists. */
export function topicFit(mentor: MentorRecord, prepared: PreparedRecommendation): number {
  let fit = 0;
  for (const [topic, share] of prepared.topicShares) {
    if (mentor.topics.includes(topic)) fit += share;
  }
  return fit;
}
