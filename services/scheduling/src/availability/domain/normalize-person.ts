import { PersonAvailability } from './availability.types';
import { weekIndexOf } from './day-windows';
import { Interval, mergeIntervals } from './interval';
import { checkedInterval, integerIn, NormalizedRules, normalizeRules } from './normalize-rules';

/** One person's rules and commitments, validated and turned into sorted UTC intervals. */
export interface NormalizedPerson {
  readonly rules: NormalizedRules;
  /**
   * Where the core of a new session must not lie because of existing sessions: each session's
   * blocked range [start − its before, end + its after) widened by the new session's own buffers
   * (after-buffer to the left, before-buffer to the right). This is exactly the condition under
   * which the two blocked ranges would overlap in the database exclusion constraint.
   */
  readonly sessionBlockers: readonly Interval[];
  /** Calendar busy blocks widened the same way by the new session's buffers. */
  readonly busyBlockers: readonly Interval[];
  /** Time off (not widened: buffers separate commitments, not absences). */
  readonly timeOff: readonly Interval[];
  /** Union of the three lists above, merged. */
  readonly blockers: readonly Interval[];
  /** Existing sessions per owner-local day index / per ISO week (Monday's day index). */
  readonly sessionsPerDay: ReadonlyMap<number, number>;
  readonly sessionsPerWeek: ReadonlyMap<number, number>;
}

const MINUTE_MS = 60_000;

/** Validates and normalizes a person; field paths get `prefix` (e.g. `participants[2].`). */
export function normalizePerson(person: PersonAvailability, prefix = ''): NormalizedPerson {
  const rules = normalizeRules(person.rules, prefix);
  const before = rules.bufferBeforeMs;
  const after = rules.bufferAfterMs;
  const sessions = person.sessions.map((s, i) => {
    const field = (): string => `${prefix}sessions[${i}]`;
    const core = checkedInterval(s.start, s.end, field);
    const ownBefore = optionalBuffer(s.bufferBeforeMinutes, before, () => `${field()}.bufferBeforeMinutes`);
    const ownAfter = optionalBuffer(s.bufferAfterMinutes, after, () => `${field()}.bufferAfterMinutes`);
    return { core, blocker: { start: core.start - ownBefore - after, end: core.end + ownAfter + before } };
  });
  const busy = person.busy.map((b, i) => checkedInterval(b.start, b.end, () => `${prefix}busy[${i}]`));
  const sessionBlockers = mergeIntervals(sessions.map((s) => s.blocker));
  const busyBlockers = mergeIntervals(busy.map((b) => ({ start: b.start - after, end: b.end + before })));
  const counts = countSessions(
    rules,
    sessions.map((s) => s.core.start),
  );
  return {
    rules,
    sessionBlockers,
    busyBlockers,
    timeOff: rules.timeOff,
    blockers: mergeIntervals([...sessionBlockers, ...busyBlockers, ...rules.timeOff]),
    ...counts,
  };
}

function optionalBuffer(value: number | undefined, fallbackMs: number, field: () => string): number {
  if (value === undefined) return fallbackMs;
  return Number.isInteger(value) && value >= 0 && value <= 1440
    ? value * MINUTE_MS
    : integerIn(value, 0, 1440, field());
}

function countSessions(
  rules: NormalizedRules,
  starts: readonly number[],
): Pick<NormalizedPerson, 'sessionsPerDay' | 'sessionsPerWeek'> {
  const perDay = new Map<number, number>();
  const perWeek = new Map<number, number>();
  if (rules.maxSessionsPerDay === null && rules.maxSessionsPerWeek === null) {
    return { sessionsPerDay: perDay, sessionsPerWeek: perWeek };
  }
  for (const start of starts) {
    const day = rules.offsets.localDayIndex(start);
    const week = weekIndexOf(day);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
  }
  return { sessionsPerDay: perDay, sessionsPerWeek: perWeek };
}
