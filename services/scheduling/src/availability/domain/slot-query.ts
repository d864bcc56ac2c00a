import { InvalidInputError } from '../../scheduling.errors';
import { MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, TimeWindow } from './availability.types';
import { Interval } from './interval';
import { parseInstant } from './iso-instant';

const MINUTE_MS = 60_000;
const MAX_WINDOW_MS = 366 * 86_400_000;

/**
 * Checks a requested session length against what a person offers (an empty list accepts any
 * length in 5…60) and returns it in milliseconds. Errors name the field `length`.
 */
export function checkedLength(length: number, offered: readonly number[], whose = ''): number {
  const problem = lengthProblem(length, offered, whose);
  if (problem !== null) throw new InvalidInputError('length', problem);
  return length * MINUTE_MS;
}

/** Why a length cannot be booked, or null when it can. */
export function lengthProblem(length: number, offered: readonly number[], whose = ''): string | null {
  if (!Number.isInteger(length) || length < MIN_SESSION_MINUTES || length > MAX_SESSION_MINUTES) {
    return `expected whole minutes between ${MIN_SESSION_MINUTES} and ${MAX_SESSION_MINUTES}`;
  }
  if (offered.length > 0 && !offered.includes(length)) {
    return `${length} min is not offered${whose}; offered: ${offered.join(', ')}`;
  }
  return null;
}

/** Parses a search window; `to` must follow `from` and the span is capped at 366 days. */
export function checkedWindow(window: TimeWindow): Interval {
  const parsed = {
    start: parseInstant(window.from, 'window.from'),
    end: parseInstant(window.to, 'window.to'),
  };
  if (parsed.end <= parsed.start) throw new InvalidInputError('window.to', 'must be after window.from');
  if (parsed.end - parsed.start > MAX_WINDOW_MS) {
    throw new InvalidInputError('window.to', 'window spans more than 366 days');
  }
  return parsed;
}
