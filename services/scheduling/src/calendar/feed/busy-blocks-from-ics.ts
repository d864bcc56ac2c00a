import { Frequency, Options } from 'rrule';
import * as ical from 'node-ical';
import { BusyBlock, formatInstant, ZoneOffsets } from '../../availability/domain';
import { clipIntervals, Interval, mergeIntervals } from '../../availability/domain/interval';
import { FeedRefusedError, FeedUnavailableError } from '../../scheduling.errors';
import { expandWallClockRecurrence } from '../../sessions/domain';
import { dateOnlyKey, dayKeyIn, eventTiming, EventTiming, occurrenceEnd } from './event-timing';

export interface BusyExpansion {
  readonly window: Interval;
  readonly defaultZone: string;
  readonly ignoreUidSuffix?: string;
  /** Refuse feeds expanding to more blocks than this inside the window. */
  readonly maxBlocks: number;
}

type Override = Omit<ical.VEvent, 'recurrences'>;

/**
 * Busy time of an ICS text inside the window: opaque, non-cancelled events, recurring ones
 * expanded (RRULE, EXDATE, RECURRENCE-ID overrides) on their own zone's wall clock. Only
 * [start, end) survives — no titles, attendees or descriptions. Sorted and merged.
 * Rules finer than HOURLY count only their first occurrence (cheap to abuse, never real).
 */
export function busyBlocksFromIcs(text: string, expansion: BusyExpansion): BusyBlock[] {
  const intervals: Interval[] = [];
  const offsetsFor = zoneCache();
  for (const event of parseEvents(text)) {
    if (expansion.ignoreUidSuffix && event.uid?.endsWith(expansion.ignoreUidSuffix)) continue;
    intervals.push(...eventIntervals(event, expansion, offsetsFor));
    if (intervals.length > expansion.maxBlocks) {
      throw new FeedRefusedError('too_large', `feed expands to more than ${expansion.maxBlocks} busy blocks`);
    }
  }
  const merged = mergeIntervals(clipIntervals(intervals, expansion.window.start, expansion.window.end));
  return merged.map((i) => ({ start: formatInstant(i.start), end: formatInstant(i.end) }));
}

function parseEvents(text: string): ical.VEvent[] {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) {
    throw new FeedUnavailableError('invalid_calendar', 'not an iCalendar document');
  }
  let parsed: ical.CalendarResponse;
  try {
    parsed = ical.sync.parseICS(text);
  } catch (error: unknown) {
    throw new FeedUnavailableError(
      'invalid_calendar',
      `unreadable ICS: ${error instanceof Error ? error.message : 'error'}`,
    );
  }
  return Object.values(parsed).filter((c): c is ical.VEvent => c.type === 'VEVENT');
}

function eventIntervals(
  event: ical.VEvent,
  expansion: BusyExpansion,
  offsetsFor: (zone: string) => ZoneOffsets,
): Interval[] {
  const overrides = Object.values(event.recurrences ?? {});
  const result = overrides.flatMap((o) => (isBusy(o) ? singleInterval(o, expansion) : []));
  const timing = eventTiming(event, expansion.defaultZone);
  if (!timing || !isBusy(event)) return result;
  const freq = event.rrule?.origOptions.freq;
  if (!event.rrule || freq === undefined || freq > Frequency.HOURLY) {
    return [...result, { start: timing.startMs, end: timing.endMs }];
  }
  const skip = skippedStarts(event, overrides, timing);
  const rule: Partial<Options> = { ...event.rrule.origOptions, dtstart: null, tzid: null };
  const from = expansion.window.start - (timing.endMs - timing.startMs);
  const starts = expandWallClockRecurrence(
    { rule, firstStartMs: timing.startMs, timeZone: timing.zone, offsets: offsetsFor(timing.zone) },
    from,
    expansion.window.end,
    expansion.maxBlocks + 1,
  );
  for (const start of starts) {
    if (!skip(start)) result.push({ start, end: occurrenceEnd(timing, start) });
  }
  return result;
}

function singleInterval(event: Override, expansion: BusyExpansion): Interval[] {
  const timing = eventTiming(event, expansion.defaultZone);
  return timing ? [{ start: timing.startMs, end: timing.endMs }] : [];
}

/** EXDATEs and RECURRENCE-IDs remove the original occurrence (by instant, or by date for all-day events). */
function skippedStarts(
  event: ical.VEvent,
  overrides: readonly Override[],
  timing: EventTiming,
): (start: number) => boolean {
  const exdate: unknown = event.exdate;
  const exdates = typeof exdate === 'object' && exdate !== null ? Object.values(exdate) : [];
  const ids: unknown[] = [...exdates, ...overrides.map((o): unknown => o.recurrenceid)];
  const dates = ids.filter((d): d is Date => d instanceof Date);
  const instants = new Set(dates.map((d) => d.getTime()));
  if (!timing.allDay) return (start) => instants.has(start);
  const days = new Set(dates.map(dateOnlyKey));
  return (start) => instants.has(start) || days.has(dayKeyIn(start, timing.zone));
}

/** One offset cache per zone for the whole feed. */
function zoneCache(): (zone: string) => ZoneOffsets {
  const zones = new Map<string, ZoneOffsets>();
  return (zone) => {
    let offsets = zones.get(zone);
    if (offsets === undefined) {
      offsets = new ZoneOffsets(zone);
      zones.set(zone, offsets);
    }
    return offsets;
  };
}

function isBusy(event: Override): boolean {
  const props: Record<string, unknown> = event;
  const busyStatus = props['MICROSOFT-CDO-BUSYSTATUS'] ?? props['X-MICROSOFT-CDO-BUSYSTATUS'];
  return event.status !== 'CANCELLED' && event.transparency !== 'TRANSPARENT' && busyStatus !== 'FREE';
}
