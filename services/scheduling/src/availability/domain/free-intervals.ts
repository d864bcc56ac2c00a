import { bookingBounds } from './booking-bounds';
import { dayWindows } from './day-windows';
import { clipIntervals, Interval, subtractIntervals } from './interval';
import { NormalizedPerson } from './normalize-person';

/** Where the core [start, end) of a new session may lie, tagged with the owner-local day index. */
export interface FreeInterval extends Interval {
  readonly dayIndex: number;
}

/**
 * Free time of one person inside [fromMs, toMs): working windows, clipped to minimum notice and
 * horizon, minus days/weeks already at their cap, minus time off, sessions and busy blocks
 * (the latter two widened by buffers). Sorted, disjoint; linear in windows + blockers.
 */
export function freeIntervals(
  person: NormalizedPerson,
  fromMs: number,
  toMs: number,
  nowMs: number,
): FreeInterval[] {
  const { rules } = person;
  const bounds = bookingBounds(rules, nowMs);
  const from = Math.max(fromMs, bounds.earliest);
  const to = Math.min(toMs, bounds.latest);
  if (from >= to) return [];
  const open: FreeInterval[] = [];
  for (const day of dayWindows(rules, from, to)) {
    if (capReached(person, day.dayIndex, day.weekIndex) !== null) continue;
    for (const interval of clipIntervals(day.intervals, from, to)) {
      open.push({ ...interval, dayIndex: day.dayIndex });
    }
  }
  return subtractIntervals(open, person.blockers);
}

/** Which session cap (if any) is already reached for that owner-local date. */
export function capReached(
  person: NormalizedPerson,
  dayIndex: number,
  weekIndex: number,
): 'day' | 'week' | null {
  const { maxSessionsPerDay, maxSessionsPerWeek } = person.rules;
  if (maxSessionsPerDay !== null && (person.sessionsPerDay.get(dayIndex) ?? 0) >= maxSessionsPerDay)
    return 'day';
  if (maxSessionsPerWeek !== null && (person.sessionsPerWeek.get(weekIndex) ?? 0) >= maxSessionsPerWeek)
    return 'week';
  return null;
}
