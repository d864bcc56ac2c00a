import { Interval, mergeIntervals } from './interval';
import { CalendarDay } from './local-time';
import { MinuteRange, NormalizedRules } from './normalize-rules';

/** Working hours of one owner-local date, as UTC instants. */
export interface DayWindow {
  /** Owner-local date as days since 1970-01-01. */
  readonly dayIndex: number;
  /** Day index of the Monday starting that ISO week; keys the weekly cap. */
  readonly weekIndex: number;
  readonly intervals: readonly Interval[];
}

const DAY_MS = 86_400_000;

/**
 * Expands weekly rules and date overrides into UTC windows for every owner-local date that
 * touches [fromMs, toMs). Wall-clock edges go through `resolveLocalTime`, so a 14:00 Berlin rule
 * stays 14:00 Berlin across DST switches; windows never cross local midnight.
 */
export function dayWindows(rules: NormalizedRules, fromMs: number, toMs: number): DayWindow[] {
  const first = rules.offsets.localDayIndex(fromMs);
  const last = rules.offsets.localDayIndex(Math.max(fromMs, toMs - 1));
  const windows: DayWindow[] = [];
  for (let index = first; index <= last; index++) {
    const day = calendarDayOf(index);
    const ranges = rangesFor(rules, index);
    if (ranges.length === 0) continue;
    const intervals = ranges.map((r) => ({
      start: rules.offsets.toInstant(day, r.start),
      end: rules.offsets.toInstant(day, r.end),
    }));
    windows.push({
      dayIndex: index,
      weekIndex: weekIndexOf(index),
      intervals: mergeIntervals(intervals),
    });
  }
  return windows;
}

/** `YYYY-MM-DD` of a day index. */
export function dateKeyOf(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** Day index of the Monday of the ISO week containing the day index. */
export function weekIndexOf(index: number): number {
  return index - (isoWeekday(index) - 1);
}

/** Calendar components of a day index. */
export function calendarDayOf(index: number): CalendarDay {
  const d = new Date(index * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isoWeekday(index: number): number {
  const weekday = new Date(index * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function rangesFor(rules: NormalizedRules, index: number): readonly MinuteRange[] {
  const override = rules.overrides.get(index);
  const weekly = rules.weekly[isoWeekday(index)];
  if (!override) return weekly;
  if (override.kind === 'blocked') return [];
  if (override.kind === 'replace') return override.ranges;
  return mergeIntervals([...weekly, ...override.ranges]);
}
