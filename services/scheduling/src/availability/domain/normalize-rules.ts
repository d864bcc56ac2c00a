import { InvalidInputError } from '../../scheduling.errors';
import {
  AvailabilityRules,
  DateOverride,
  LocalTimeRange,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  Weekday,
} from './availability.types';
import { Interval, mergeIntervals } from './interval';
import { parseInstant, readInstant } from './iso-instant';
import { parseLocalDate, parseLocalTime } from './local-time';
import { normalizeTimeZone } from './time-zone';
import { ZoneOffsets } from './zone-offsets';

/** Minutes since local midnight, half-open [start, end). */
export interface MinuteRange {
  readonly start: number;
  readonly end: number;
}

export type NormalizedOverride =
  | { readonly kind: 'blocked' }
  | { readonly kind: 'extra' | 'replace'; readonly ranges: readonly MinuteRange[] };

/** Rules after validation, in the units the slot search works with. */
export interface NormalizedRules {
  readonly timeZone: string;
  /** Offset cache for `timeZone`, shared by everything computed from these rules. */
  readonly offsets: ZoneOffsets;
  /** Index 1…7 (ISO weekday) → local ranges; index 0 unused. */
  readonly weekly: readonly (readonly MinuteRange[])[];
  /** Keyed by day index (days since 1970-01-01 of the override date). */
  readonly overrides: ReadonlyMap<number, NormalizedOverride>;
  readonly timeOff: readonly Interval[];
  readonly bufferBeforeMs: number;
  readonly bufferAfterMs: number;
  readonly minimumNoticeMs: number;
  readonly horizonDays: number;
  readonly maxSessionsPerDay: number | null;
  readonly maxSessionsPerWeek: number | null;
  readonly sessionLengths: readonly number[];
  readonly granularityMinutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
const DAY_MS = 86_400_000;

/** Validates availability rules; every error names the offending field (paths relative to the rules). */
export function normalizeRules(rules: AvailabilityRules, prefix = ''): NormalizedRules {
  const f = (name: string): string => prefix + name;
  const timeZone = normalizeTimeZone(rules.timeZone, f('timeZone'));
  return {
    timeZone,
    offsets: new ZoneOffsets(timeZone),
    weekly: normalizeWeekly(rules.weekly, f),
    overrides: normalizeOverrides(rules.overrides, f),
    timeOff: mergeIntervals(
      rules.timeOff.map((t, i) => checkedInterval(t.start, t.end, () => f(`timeOff[${i}]`))),
    ),
    bufferBeforeMs:
      integerIn(rules.bufferBeforeMinutes, 0, DAY_MINUTES, f('bufferBeforeMinutes')) * MINUTE_MS,
    bufferAfterMs: integerIn(rules.bufferAfterMinutes, 0, DAY_MINUTES, f('bufferAfterMinutes')) * MINUTE_MS,
    minimumNoticeMs:
      integerIn(rules.minimumNoticeMinutes, 0, 365 * DAY_MINUTES, f('minimumNoticeMinutes')) * MINUTE_MS,
    horizonDays: integerIn(rules.horizonDays, 0, 730, f('horizonDays')),
    maxSessionsPerDay: optionalCap(rules.maxSessionsPerDay, f('maxSessionsPerDay')),
    maxSessionsPerWeek: optionalCap(rules.maxSessionsPerWeek, f('maxSessionsPerWeek')),
    sessionLengths: rules.sessionLengths.map((l, i) =>
      integerIn(l, MIN_SESSION_MINUTES, MAX_SESSION_MINUTES, f(`sessionLengths[${i}]`)),
    ),
    granularityMinutes: integerIn(rules.slotGranularityMinutes, 1, DAY_MINUTES, f('slotGranularityMinutes')),
  };
}

/**
 * Parses an instant pair and insists on end > start; errors name `${field()}.start` / `.end`
 * (the field name is only built when something is wrong).
 */
export function checkedInterval(start: string, end: string, field: () => string): Interval {
  const interval = { start: readInstant(start), end: readInstant(end) };
  if (Number.isNaN(interval.start)) parseInstant(start, `${field()}.start`);
  if (Number.isNaN(interval.end)) parseInstant(end, `${field()}.end`);
  if (interval.end <= interval.start) throw new InvalidInputError(`${field()}.end`, 'must be after start');
  return interval;
}

/** Integer within [min, max], else InvalidInputError naming `field`. */
export function integerIn(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(field, `expected an integer between ${min} and ${max}, got ${String(value)}`);
  }
  return value;
}

function optionalCap(value: number | null, field: string): number | null {
  return value === null ? null : integerIn(value, 1, 10_000, field);
}

function normalizeWeekly(
  weekly: AvailabilityRules['weekly'],
  f: (name: string) => string,
): (readonly MinuteRange[])[] {
  const byDay: MinuteRange[][] = [[], [], [], [], [], [], [], []];
  weekly.forEach((rule, i) => {
    const range = minuteRange(rule, f(`weekly[${i}]`));
    if (!Array.isArray(rule.weekdays) || rule.weekdays.length === 0) {
      throw new InvalidInputError(
        f(`weekly[${i}].weekdays`),
        'at least one weekday (1 = Monday … 7 = Sunday)',
      );
    }
    rule.weekdays.forEach((d: Weekday, k) =>
      byDay[integerIn(d, 1, 7, f(`weekly[${i}].weekdays[${k}]`))].push(range),
    );
  });
  return byDay.map((ranges) => mergeIntervals(ranges));
}

function normalizeOverrides(
  overrides: readonly DateOverride[],
  f: (name: string) => string,
): Map<number, NormalizedOverride> {
  const map = new Map<number, NormalizedOverride>();
  overrides.forEach((o, i) => {
    const day = parseLocalDate(o.date, f(`overrides[${i}].date`));
    const index = Date.UTC(day.year, day.month - 1, day.day) / DAY_MS;
    if (map.has(index))
      throw new InvalidInputError(f(`overrides[${i}].date`), `duplicate override for ${o.date}`);
    map.set(index, normalizeOverride(o, f(`overrides[${i}]`)));
  });
  return map;
}

function normalizeOverride(o: DateOverride, field: string): NormalizedOverride {
  if (o.kind === 'blocked') return { kind: 'blocked' };
  if (o.kind !== 'extra' && o.kind !== 'replace') {
    throw new InvalidInputError(`${field}.kind`, 'expected blocked, extra or replace');
  }
  const ranges = o.ranges.map((r, k) => minuteRange(r, `${field}.ranges[${k}]`));
  return { kind: o.kind, ranges: mergeIntervals(ranges) };
}

function minuteRange(range: LocalTimeRange, field: string): MinuteRange {
  const start = parseLocalTime(range.start, `${field}.start`);
  const end = parseLocalTime(range.end, `${field}.end`);
  if (end <= start) throw new InvalidInputError(`${field}.end`, 'must be after start');
  return { start, end };
}
