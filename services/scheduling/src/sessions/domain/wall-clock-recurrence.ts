import { DateTime } from 'luxon';
import { Options, RRule } from 'rrule';
import { ZoneOffsets } from '../../availability/domain';
import { rebaseRule } from './rebase-recurrence';

/** A recurrence anchored on local wall time in `timeZone`. */
export interface WallClockRecurrence {
  /** RRULE parts (FREQ, COUNT, UNTIL, BYDAY…); DTSTART and TZID are ignored. */
  readonly rule: Partial<Options>;
  /** Instant of the first occurrence (DTSTART). */
  readonly firstStartMs: number;
  readonly timeZone: string;
  /** Offset cache for `timeZone`; pass one to share it across many recurrences. */
  readonly offsets?: ZoneOffsets;
}

const DAY_MS = 86_400_000;

/**
 * Occurrence instants with start in [fromMs, toMs), at most `limit` of them, ascending.
 *
 * `rrule` has no real time-zone arithmetic, so it runs on "floating" dates: the first
 * occurrence's local wall time written as if it were UTC. Each generated wall time is then
 * placed back into `timeZone` with `resolveLocalTime`, so a weekly 14:00 Berlin meeting stays
 * 14:00 Berlin across DST switches (gap → first instant after the gap, repeated hour → earlier
 * offset). UNTIL, an instant, is converted to floating time the same way. Long-running rules
 * are rebased close to `fromMs` first (see `rebaseRule`), so their cost does not grow with age.
 */
export function expandWallClockRecurrence(
  recurrence: WallClockRecurrence,
  fromMs: number,
  toMs: number,
  limit: number,
): number[] {
  const { timeZone } = recurrence;
  const dtstart = toFloating(recurrence.firstStartMs, timeZone);
  const rebased = rebaseRule(recurrence.rule, dtstart, new Date(fromMs - 2 * DAY_MS));
  const rule = new RRule({
    ...rebased.rule,
    dtstart: rebased.dtstart,
    tzid: null,
    until: recurrence.rule.until ? toFloating(recurrence.rule.until.getTime(), timeZone) : null,
  });
  const floating = rule.between(
    new Date(fromMs - DAY_MS),
    new Date(toMs + DAY_MS),
    true,
    (_d, i) => i < limit,
  );
  const offsets = recurrence.offsets ?? new ZoneOffsets(timeZone);
  const result: number[] = [];
  for (const date of floating) {
    const instant = fromFloating(date, offsets);
    if (instant >= fromMs && instant < toMs && result.length < limit) result.push(instant);
  }
  return result;
}

/** Wall time of an instant in `zone`, expressed as a UTC Date (rrule's floating convention). */
function toFloating(ms: number, zone: string): Date {
  const local = DateTime.fromMillis(ms, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/** Places a floating wall time into the zone (DST policy of `resolveLocalTime`). */
function fromFloating(date: Date, offsets: ZoneOffsets): number {
  const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  const minuteOfDay = date.getUTCHours() * 60 + date.getUTCMinutes();
  return offsets.toInstant(day, minuteOfDay) + date.getUTCSeconds() * 1000;
}
