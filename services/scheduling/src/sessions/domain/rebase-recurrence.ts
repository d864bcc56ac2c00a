import { DateTime, DurationUnit } from 'luxon';
import { Frequency, Options } from 'rrule';

/** A COUNT rule never expands to more than this (COUNT=1000000 is abuse, not a meeting). */
export const MAX_RECURRENCE_COUNT = 10_000;

export interface RebasedRule {
  readonly rule: Partial<Options>;
  readonly dtstart: Date;
}

const UNITS: Partial<Record<Frequency, DurationUnit>> = {
  [Frequency.YEARLY]: 'years',
  [Frequency.MONTHLY]: 'months',
  [Frequency.WEEKLY]: 'weeks',
  [Frequency.DAILY]: 'days',
  [Frequency.HOURLY]: 'hours',
};

/**
 * rrule walks every occurrence from DTSTART, so a weekly meeting created in 2015 costs
 * thousands of iterations before reaching this month. For a rule without COUNT, DTSTART is
 * moved forward by whole periods (FREQ × INTERVAL) to shortly before `target`; the defaults
 * rrule derives from DTSTART (weekday, day of month, month) are written out first, so the
 * occurrences after the new DTSTART are exactly the original ones. COUNT rules keep their
 * DTSTART (COUNT counts from it) and are capped at MAX_RECURRENCE_COUNT. Dates are rrule's
 * floating dates (wall time written as UTC).
 */
export function rebaseRule(rule: Partial<Options>, dtstart: Date, target: Date): RebasedRule {
  if (rule.count !== undefined && rule.count !== null) {
    return { rule: { ...rule, count: Math.min(rule.count, MAX_RECURRENCE_COUNT) }, dtstart };
  }
  const unit = rule.freq === undefined ? undefined : UNITS[rule.freq];
  if (unit === undefined) return { rule, dtstart };
  const interval = rule.interval && rule.interval > 0 ? rule.interval : 1;
  const start = DateTime.fromJSDate(dtstart, { zone: 'utc' });
  const elapsed = DateTime.fromJSDate(target, { zone: 'utc' }).diff(start, unit).get(unit);
  const periods = Math.floor(elapsed / interval) - 1;
  if (periods <= 0) return { rule, dtstart };
  return {
    rule: withExplicitDefaults(rule, start),
    dtstart: start.plus({ [unit]: periods * interval }).toJSDate(),
  };
}

/** Mirrors rrule's own defaulting: with no date parts given, they come from DTSTART. */
function withExplicitDefaults(rule: Partial<Options>, start: DateTime): Partial<Options> {
  const has = (value: unknown): boolean =>
    value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  const dateParts = [rule.byweekno, rule.byyearday, rule.bymonthday, rule.byweekday, rule.byeaster];
  if (dateParts.some(has)) return rule;
  if (rule.freq === Frequency.YEARLY) {
    return { ...rule, bymonth: has(rule.bymonth) ? rule.bymonth : [start.month], bymonthday: [start.day] };
  }
  if (rule.freq === Frequency.MONTHLY) return { ...rule, bymonthday: [start.day] };
  if (rule.freq === Frequency.WEEKLY) return { ...rule, byweekday: [start.weekday - 1] };
  return rule;
}
