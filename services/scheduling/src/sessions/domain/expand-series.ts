import { Frequency, Options, RRule } from 'rrule';
import {
  formatInstant,
  IsoInstant,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  normalizeTimeZone,
  parseInstant,
} from '../../availability/domain';
import { InvalidInputError } from '../../scheduling.errors';
import { expandWallClockRecurrence } from './wall-clock-recurrence';

/** A series request: the first session plus an RRULE such as `FREQ=WEEKLY;COUNT=6`. */
export interface SeriesRequest {
  readonly firstStart: IsoInstant;
  /** Minutes per session. */
  readonly length: number;
  /** Organizer's IANA zone: occurrences keep their local wall time there. */
  readonly timeZone: string;
  /** RRULE value without DTSTART/TZID; needs COUNT or UNTIL. */
  readonly recurrence: string;
}

export interface SeriesOccurrence {
  /** 0 for the first session. */
  readonly index: number;
  readonly start: IsoInstant;
  readonly end: IsoInstant;
}

export const MAX_SERIES_OCCURRENCES = 52;

const MINUTE_MS = 60_000;
const ALLOWED_FREQUENCIES: readonly Frequency[] = [Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY];

/** `FREQ=WEEKLY;COUNT=n` — the common "weekly for N times" series. */
export function weeklyRecurrence(count: number): string {
  return `FREQ=WEEKLY;COUNT=${count}`;
}

/**
 * Expands a series into sessions. Occurrences keep the first session's local wall time in the
 * organizer's zone (14:00 Berlin stays 14:00 Berlin after the switch), with the DST policy of
 * `resolveLocalTime`; each lasts `length` real minutes. The first occurrence must be
 * `firstStart` itself. Errors name `timeZone`, `firstStart`, `length` or `recurrence`.
 */
export function expandSeries(request: SeriesRequest): SeriesOccurrence[] {
  const timeZone = normalizeTimeZone(request.timeZone);
  const firstStartMs = parseInstant(request.firstStart, 'firstStart');
  const { length } = request;
  if (!Number.isInteger(length) || length < MIN_SESSION_MINUTES || length > MAX_SESSION_MINUTES) {
    throw new InvalidInputError(
      'length',
      `expected whole minutes between ${MIN_SESSION_MINUTES} and ${MAX_SESSION_MINUTES}`,
    );
  }
  const rule = parseRecurrence(request.recurrence);
  const horizon = firstStartMs + 5 * 366 * 24 * 60 * MINUTE_MS;
  const starts = expandWallClockRecurrence(
    { rule, firstStartMs, timeZone },
    firstStartMs,
    horizon,
    MAX_SERIES_OCCURRENCES + 1,
  );
  if (starts[0] !== firstStartMs) {
    throw new InvalidInputError('recurrence', 'the rule must produce firstStart as its first occurrence');
  }
  if (starts.length > MAX_SERIES_OCCURRENCES) {
    throw new InvalidInputError('recurrence', `at most ${MAX_SERIES_OCCURRENCES} occurrences`);
  }
  const lengthMs = length * MINUTE_MS;
  return starts.map((start, index) => ({
    index,
    start: formatInstant(start),
    end: formatInstant(start + lengthMs),
  }));
}

function parseRecurrence(value: string): Partial<Options> {
  let rule: Partial<Options>;
  try {
    rule = RRule.parseString(value);
  } catch (error: unknown) {
    throw new InvalidInputError('recurrence', error instanceof Error ? error.message : 'unreadable RRULE');
  }
  if (rule.freq === undefined || !ALLOWED_FREQUENCIES.includes(rule.freq)) {
    throw new InvalidInputError('recurrence', 'FREQ must be DAILY, WEEKLY or MONTHLY');
  }
  if (rule.dtstart || rule.tzid)
    throw new InvalidInputError('recurrence', 'DTSTART/TZID come from firstStart and timeZone');
  if (!rule.count && !rule.until) throw new InvalidInputError('recurrence', 'COUNT or UNTIL is required');
  return rule;
}
