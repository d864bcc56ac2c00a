import { IsoInstant, LocalDate, MIN_SESSION_MINUTES, PersonAvailability } from './availability.types';
import { calendarDayOf, dateKeyOf } from './day-windows';
import { freeIntervals } from './free-intervals';
import { formatInstant } from './iso-instant';
import { integerIn } from './normalize-rules';
import { normalizePerson } from './normalize-person';

export interface DailyFreeTime {
  /** Owner-local date. */
  readonly date: LocalDate;
  /** Bookable minutes that day, rounded down to `roundToMinutes`. */
  readonly freeMinutes: number;
}

/** Coarse availability published for matching (event payload material). */
export interface AvailabilitySummary {
  readonly timeZone: string;
  /** First and last owner-local date covered (inclusive). */
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly days: readonly DailyFreeTime[];
  readonly totalFreeMinutes: number;
  readonly generatedAt: IsoInstant;
}

export interface SummaryOptions {
  /** How many weeks from today (owner-local) to cover, 1…26. */
  readonly weeks: number;
  /** Granularity of the published figure; default 15. */
  readonly roundToMinutes?: number;
}

const MINUTE_MS = 60_000;

/**
 * Free minutes per owner-local day for the next `weeks` weeks, counting only stretches long
 * enough for the shortest offered session and honouring notice, horizon, caps, buffers,
 * sessions, busy blocks and time off. Deliberately coarse: no slot boundaries, no busy details.
 */
export function summarizeAvailability(
  person: PersonAvailability,
  options: SummaryOptions,
  now: Date,
): AvailabilitySummary {
  const normalized = normalizePerson(person);
  const weeks = integerIn(options.weeks, 1, 26, 'weeks');
  const roundTo = integerIn(options.roundToMinutes ?? 15, 1, 1440, 'roundToMinutes');
  const { timeZone: zone, offsets } = normalized.rules;
  const today = offsets.localDayIndex(now.getTime());
  const days = weeks * 7;
  const from = offsets.toInstant(calendarDayOf(today), 0);
  const to = offsets.toInstant(calendarDayOf(today + days), 0);
  const lengths = normalized.rules.sessionLengths;
  const shortest = (lengths.length > 0 ? Math.min(...lengths) : MIN_SESSION_MINUTES) * MINUTE_MS;
  const perDay = new Map<number, number>();
  for (const free of freeIntervals(normalized, from, to, now.getTime())) {
    const length = free.end - free.start;
    if (length >= shortest) perDay.set(free.dayIndex, (perDay.get(free.dayIndex) ?? 0) + length);
  }
  const summary = Array.from({ length: days }, (_, i) => {
    const minutes = Math.floor((perDay.get(today + i) ?? 0) / MINUTE_MS);
    return { date: dateKeyOf(today + i), freeMinutes: minutes - (minutes % roundTo) };
  });
  return {
    timeZone: zone,
    from: dateKeyOf(today),
    to: dateKeyOf(today + days - 1),
    days: summary,
    totalFreeMinutes: summary.reduce((sum, d) => sum + d.freeMinutes, 0),
    generatedAt: formatInstant(now.getTime()),
  };
}
