import { IANAZone } from 'luxon';
import { CalendarDay, resolveLocalTime } from './local-time';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Every UTC offset in use is within ±14 h, so all instants of a wall time lie within this of it. */
const MAX_OFFSET_MS = 15 * 3_600_000;

/**
 * Memoized UTC offsets of one zone for a burst of instants (one slot search).
 *
 * Offsets come from Luxon's zone data. Time is cut into UTC-day buckets; a bucket is
 * "steady" when the offsets one day before its start and one day after its end agree, i.e.
 * no transition happens in or next to it (no IANA zone changes and changes back within three
 * days). Instants in steady buckets cost one map lookup. A wall time is converted by
 * arithmetic only when every instant it could map to lies in steady buckets with one offset;
 * anything near a transition goes to the reference `resolveLocalTime`, which applies the DST
 * gap/overlap policy with Luxon. The spec cross-checks both on every night of a year.
 */
export class ZoneOffsets {
  private readonly tz: IANAZone;
  private readonly buckets = new Map<number, number | null>();
  private readonly probes = new Map<number, number>();

  constructor(readonly zone: string) {
    this.tz = IANAZone.create(zone);
  }

  /** Offset in minutes at instant `ms`. */
  offset(ms: number): number {
    return this.bucketOffset(Math.floor(ms / DAY_MS)) ?? this.tz.offset(ms);
  }

  /** True when no offset change happens in [from, to]. */
  isTransitionFree(from: number, to: number): boolean {
    return this.steadyOffset(from, to) !== null;
  }

  /** Same result as `resolveLocalTime(day, minuteOfDay, zone)`, without Luxon objects away from transitions. */
  toInstant(day: CalendarDay, minuteOfDay: number): number {
    const wall = Date.UTC(day.year, day.month - 1, day.day) + minuteOfDay * MINUTE_MS;
    const offset = this.steadyOffset(wall - MAX_OFFSET_MS, wall + MAX_OFFSET_MS);
    return offset === null ? resolveLocalTime(day, minuteOfDay, this.zone) : wall - offset * MINUTE_MS;
  }

  /** Days since 1970-01-01 of the local calendar date of `ms`. */
  localDayIndex(ms: number): number {
    return Math.floor((ms + this.offset(ms) * MINUTE_MS) / DAY_MS);
  }

  /** Minutes since local midnight at `ms` (fractional below a minute). */
  localMinuteOfDay(ms: number): number {
    const local = ms + this.offset(ms) * MINUTE_MS;
    return (local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS;
  }

  /** The offset shared by all of [from, to] when every bucket it touches is steady, else null. */
  private steadyOffset(from: number, to: number): number | null {
    const first = this.bucketOffset(Math.floor(from / DAY_MS));
    for (let b = Math.floor(from / DAY_MS) + 1; first !== null && b <= Math.floor(to / DAY_MS); b++) {
      if (this.bucketOffset(b) !== first) return null;
    }
    return first;
  }

  private bucketOffset(bucket: number): number | null {
    const known = this.buckets.get(bucket);
    if (known !== undefined) return known;
    const before = this.probe((bucket - 1) * DAY_MS);
    const offset = before === this.probe((bucket + 2) * DAY_MS) ? before : null;
    this.buckets.set(bucket, offset);
    return offset;
  }

  private probe(ms: number): number {
    let offset = this.probes.get(ms);
    if (offset === undefined) {
      offset = this.tz.offset(ms);
      this.probes.set(ms, offset);
    }
    return offset;
  }
}
