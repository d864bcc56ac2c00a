import { DateTime } from 'luxon';
import * as ical from 'node-ical';
import { canonicalTimeZone, resolveLocalTime } from '../../availability/domain';

/** When one VEVENT (or override) happens, reduced to what busy time needs. */
export interface EventTiming {
  readonly startMs: number;
  readonly endMs: number;
  readonly allDay: boolean;
  /** Zone its wall-clock recurrence runs in. */
  readonly zone: string;
  /** Length in days for all-day events, else 0. */
  readonly days: number;
}

/**
 * Timing of an event as node-ical parsed it. Timed events keep node-ical's instants and their
 * TZID (when Luxon knows it) for recurrence. All-day events (VALUE=DATE) are placed at local
 * midnight in `defaultZone`, the owner's zone. node-ical builds date-only values with the
 * process zone, so their calendar date is read back with the local getters.
 * Returns null for events without positive duration.
 */
export function eventTiming(
  event: Pick<ical.VEvent, 'start' | 'end' | 'datetype'>,
  defaultZone: string,
): EventTiming | null {
  if (!(event.start instanceof Date)) return null;
  if (event.datetype === 'date') return allDayTiming(event.start, event.end, defaultZone);
  const startMs = event.start.getTime();
  const endMs = event.end instanceof Date ? event.end.getTime() : startMs;
  if (!(endMs > startMs)) return null;
  return { startMs, endMs, allDay: false, zone: zoneOf(event.start, defaultZone), days: 0 };
}

/** End of an occurrence that starts at `startMs`. */
export function occurrenceEnd(timing: EventTiming, startMs: number): number {
  if (!timing.allDay) return startMs + (timing.endMs - timing.startMs);
  return DateTime.fromMillis(startMs, { zone: timing.zone })
    .plus({ days: timing.days })
    .startOf('day')
    .toMillis();
}

/** Calendar date (`YYYY-MM-DD`) of a date-only value as node-ical built it. */
export function dateOnlyKey(value: Date): string {
  const day = localDay(value);
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** Local date (`YYYY-MM-DD`) of an instant in `zone`. */
export function dayKeyIn(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? '';
}

function allDayTiming(start: Date, end: Date | undefined, zone: string): EventTiming | null {
  const first = DateTime.fromObject(localDay(start), { zone: 'UTC' });
  const last =
    end instanceof Date ? DateTime.fromObject(localDay(end), { zone: 'UTC' }) : first.plus({ days: 1 });
  const days = Math.round(last.diff(first, 'days').days);
  if (days < 1) return null;
  return {
    startMs: resolveLocalTime(localDay(start), 0, zone),
    endMs: resolveLocalTime({ year: last.year, month: last.month, day: last.day }, 0, zone),
    allDay: true,
    zone,
    days,
  };
}

function localDay(value: Date): { year: number; month: number; day: number } {
  return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
}

function zoneOf(start: ical.DateWithTimeZone, fallback: string): string {
  const tz: unknown = start.tz;
  return (typeof tz === 'string' ? canonicalTimeZone(tz) : null) ?? fallback;
}
