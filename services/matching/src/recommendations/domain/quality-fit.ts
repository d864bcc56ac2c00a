import type { MentorRecord } from './mentor-record';

/** Quality assumed for a mentor without enough feedback, so newcomers are not buried. */
export const NEUTRAL_QUALITY = 0.5;

/** Quality component in [0, 1]. */
export function qualityFit(mentor: Pick<MentorRecord, 'qualityScore'>): number {
  const quality = mentor.qualityScore ?? NEUTRAL_QUALITY;
  return Math.min(1, Math.max(0, quality));
}
