import type { TimeInterval } from './mentor-record';

/** How many back-to-back sessions of `durationMs` fit into the free slots inside `window`. */
export function countFittingSessions(
  slots: readonly TimeInterval[],
  window: TimeInterval,
  durationMs: number,
): number {
  let count = 0;
  for (const slot of slots) {
    const overlap = Math.min(slot.end, window.end) - Math.max(slot.start, window.start);
    if (overlap >= durationMs) count += Math.floor(overlap / durationMs);
  }
  return count;
}

/**
 * Earliest start `t` in `[from, latestStart]` such that `[t, t + durationMs)` lies in one free
 * slot; null when there is none.
 */
export function findEarliestStart(
  slots: readonly TimeInterval[],
  from: number,
  latestStart: number,
  durationMs: number,
): number | null {
  let earliest: number | null = null;
  for (const slot of slots) {
    const start = Math.max(slot.start, from);
    if (start > latestStart || slot.end - start < durationMs) continue;
    if (earliest === null || start < earliest) earliest = start;
  }
  return earliest;
}
