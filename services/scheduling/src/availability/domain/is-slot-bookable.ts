import { IsoInstant, PersonAvailability } from './availability.types';
import { bookingBounds } from './booking-bounds';
import { DayWindow, dayWindows } from './day-windows';
import { capReached } from './free-intervals';
import { Interval, subtractIntervals } from './interval';
import { parseInstant } from './iso-instant';
import { NormalizedPerson, normalizePerson } from './normalize-person';
import { isAligned } from './slot-starts';
import { lengthProblem } from './slot-query';

/** A slot someone wants to book: start instant and length in minutes. */
export interface SlotRequest {
  readonly start: IsoInstant;
  readonly length: number;
}

export type SlotRejectionReason =
  | 'length_not_offered'
  | 'in_the_past'
  | 'too_soon'
  | 'beyond_horizon'
  | 'outside_availability'
  | 'not_aligned'
  | 'daily_limit_reached'
  | 'weekly_limit_reached'
  | 'session_conflict'
  | 'calendar_busy';

export type SlotDecision =
  | { readonly bookable: true }
  | {
      readonly bookable: false;
      readonly reason: SlotRejectionReason;
      /** Input field to blame: `length` or `start`. */
      readonly field: 'length' | 'start';
      readonly message: string;
    };

const MINUTE_MS = 60_000;

/**
 * Re-checks a requested slot against the person's rules at booking time, in this order:
 * length, past, notice, horizon, working hours (minus time off), alignment, caps, sessions
 * (buffers included), calendar busy time. Returns the first reason that fails.
 * When rescheduling, leave the session being moved out of `person.sessions`. The database
 * exclusion constraint stays the final guard against races.
 */
export function isSlotBookable(person: PersonAvailability, request: SlotRequest, now: Date): SlotDecision {
  const normalized = normalizePerson(person);
  const start = parseInstant(request.start, 'start');
  const problem = lengthProblem(request.length, normalized.rules.sessionLengths);
  if (problem !== null) return reject('length_not_offered', 'length', problem);
  const slot = { start, end: start + request.length * MINUTE_MS };
  return checkTime(normalized, slot, now.getTime()) ?? checkCommitments(normalized, slot);
}

function checkTime(person: NormalizedPerson, slot: Interval, nowMs: number): SlotDecision | null {
  const { rules } = person;
  const bounds = bookingBounds(rules, nowMs);
  if (slot.start < nowMs) return reject('in_the_past', 'start', 'slot starts in the past');
  if (slot.start < bounds.earliest) {
    return reject('too_soon', 'start', `needs ${rules.minimumNoticeMs / MINUTE_MS} min notice`);
  }
  if (slot.start >= bounds.latest) {
    return reject('beyond_horizon', 'start', `beyond the ${rules.horizonDays}-day horizon`);
  }
  const day: DayWindow | undefined = dayWindows(rules, slot.start, slot.start + 1)[0];
  const open = day ? subtractIntervals(day.intervals, rules.timeOff) : [];
  if (!day || !open.some((w) => w.start <= slot.start && slot.end <= w.end)) {
    return reject('outside_availability', 'start', 'slot is outside the working hours');
  }
  if (!isAligned(slot.start, rules.granularityMinutes, rules.offsets)) {
    return reject('not_aligned', 'start', `start must be on a ${rules.granularityMinutes}-minute step`);
  }
  const cap = capReached(person, day.dayIndex, day.weekIndex);
  if (cap === 'day') return reject('daily_limit_reached', 'start', 'daily session limit reached');
  if (cap === 'week') return reject('weekly_limit_reached', 'start', 'weekly session limit reached');
  return null;
}

function checkCommitments(person: NormalizedPerson, slot: Interval): SlotDecision {
  if (overlapsAny(slot, person.sessionBlockers)) {
    return reject('session_conflict', 'start', 'slot collides with another session (buffers included)');
  }
  if (overlapsAny(slot, person.busyBlockers))
    return reject('calendar_busy', 'start', 'calendar shows busy time');
  return { bookable: true };
}

function overlapsAny(slot: Interval, blockers: readonly Interval[]): boolean {
  return blockers.some((b) => b.start < slot.end && slot.start < b.end);
}

function reject(reason: SlotRejectionReason, field: 'length' | 'start', message: string): SlotDecision {
  return { bookable: false, reason, field, message };
}
