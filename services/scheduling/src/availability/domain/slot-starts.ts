import { Interval } from './interval';
import { ZoneOffsets } from './zone-offsets';

const MINUTE_MS = 60_000;

/**
 * Start instants of every slot of `lengthMs` that fits inside the free intervals, aligned to
 * `granularityMinutes` on the local clock of the zone (minutes since local midnight). Cost is
 * proportional to the number of slots produced; alignment is recomputed per step only inside
 * intervals that contain an offset change.
 */
export function slotStarts(
  free: readonly Interval[],
  lengthMs: number,
  granularityMinutes: number,
  offsets: ZoneOffsets,
): number[] {
  const stepMs = granularityMinutes * MINUTE_MS;
  const starts: number[] = [];
  for (const interval of free) {
    const lastStart = interval.end - lengthMs;
    if (lastStart < interval.start) continue;
    const steady = offsets.isTransitionFree(interval.start, interval.end);
    let start = alignUp(interval.start, granularityMinutes, offsets);
    while (start <= lastStart) {
      starts.push(start);
      start = steady ? start + stepMs : alignUp(start + stepMs, granularityMinutes, offsets);
    }
  }
  return starts;
}

/** The first instant at or after `ms` whose local minute-of-day is a multiple of the granularity. */
export function alignUp(ms: number, granularityMinutes: number, offsets: ZoneOffsets): number {
  const minuteOfDay = offsets.localMinuteOfDay(ms);
  const target = Math.min(Math.ceil(minuteOfDay / granularityMinutes) * granularityMinutes, 1440);
  return ms + Math.round((target - minuteOfDay) * MINUTE_MS);
}

/** True when `ms` sits exactly on the local granularity grid. */
export function isAligned(ms: number, granularityMinutes: number, offsets: ZoneOffsets): boolean {
  return alignUp(ms, granularityMinutes, offsets) === ms;
}
