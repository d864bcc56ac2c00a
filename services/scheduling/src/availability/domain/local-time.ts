import { DateTime, IANAZone } from 'luxon';
import { InvalidInputError } from '../../scheduling.errors';
import { LocalDate, LocalTime } from './availability.types';

/** A calendar date without a zone. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MINUTE_MS = 60_000;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `HH:mm` → minutes since local midnight (0…1440; `24:00` = 1440). */
export function parseLocalTime(value: LocalTime, field: string): number {
  const match = typeof value === 'string' ? LOCAL_TIME.exec(value) : null;
  if (!match) throw new InvalidInputError(field, `expected HH:mm, got "${String(value)}"`);
  return match[1] === undefined ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

/** `YYYY-MM-DD` → calendar day, rejecting impossible dates such as 2026-02-30. */
export function parseLocalDate(value: LocalDate, field: string): CalendarDay {
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  const day = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!day || !DateTime.fromObject(day, { zone: 'UTC' }).isValid) {
    throw new InvalidInputError(field, `expected a date YYYY-MM-DD, got "${String(value)}"`);
  }
  return day;
}

/**
 * The instant at which a wall-clock time happens on a local date in `zone`.
 *
 * DST policy (deliberate, tested):
 * - A wall time that does not exist (spring-forward gap, e.g. 02:30 in Berlin on 2026-03-29)
 *   resolves to the first valid instant after the gap, i.e. the transition itself (03:00 CEST).
 *   A window starting in the gap therefore starts at the transition; a window ending in the gap
 *   ends there too, and a window entirely inside the gap is empty.
 * - A wall time that happens twice (fall-back, e.g. 02:30 in Berlin on 2026-10-25) resolves to
 *   the earlier instant, i.e. the earlier (summer-time) offset.
 * - `minuteOfDay` 1440 means midnight at the start of the next day.
 */
export function resolveLocalTime(day: CalendarDay, minuteOfDay: number, zone: string): number {
  const base = minuteOfDay >= 1440 ? nextDay(day) : day;
  const minutes = minuteOfDay % 1440;
  const wall = { ...base, hour: Math.floor(minutes / 60), minute: minutes % 60 };
  const dt = DateTime.fromObject(wall, { zone });
  if (dt.hour !== wall.hour || dt.minute !== wall.minute || dt.day !== wall.day) {
    return transitionBefore(dt.toMillis(), wallMinutesBetween(wall, dt), zone);
  }
  const candidates = dt.getPossibleOffsets();
  return candidates.length > 1 ? Math.min(...candidates.map((c) => c.toMillis())) : dt.toMillis();
}

function nextDay(day: CalendarDay): CalendarDay {
  const next = DateTime.fromObject(day, { zone: 'UTC' }).plus({ days: 1 });
  return { year: next.year, month: next.month, day: next.day };
}

/** How far Luxon pushed a wall time that fell into a gap (the gap's length, in minutes). */
function wallMinutesBetween(wall: CalendarDay & { hour: number; minute: number }, dt: DateTime): number {
  const requested = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const produced = Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute);
  return (produced - requested) / MINUTE_MS;
}

/**
 * Luxon moves a gap time forward by the gap length; the transition lies within that many
 * minutes before the produced instant. Binary search (minute resolution) for the first
 * instant carrying the new offset.
 */
function transitionBefore(producedMs: number, gapMinutes: number, zone: string): number {
  const tz = IANAZone.create(zone);
  const after = tz.offset(producedMs);
  let lo = producedMs - gapMinutes * MINUTE_MS;
  let hi = producedMs;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE_MS)) * MINUTE_MS;
    if (tz.offset(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}
