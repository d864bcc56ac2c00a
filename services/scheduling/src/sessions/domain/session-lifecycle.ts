import {
  formatInstant,
  IsoInstant,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  parseInstant,
} from '../../availability/domain';
import {
  ActionNotPermittedError,
  ChangeWindowClosedError,
  InvalidInputError,
  InvalidTransitionError,
} from '../../scheduling.errors';
import { applyChange, assertInvolved, assertTransition } from './session-rules';
import { Actor, SessionPolicy, SessionState, SessionTransition } from './session.types';

const MINUTE_MS = 60_000;

/** requested → confirmed, by an invited participant (not the organizer) or an admin, before start. */
export function confirmSession(session: SessionState, actor: Actor, now: Date): SessionTransition {
  assertTransition(session, 'confirm');
  assertInvolved(session, actor, 'confirm');
  if (actor.kind === 'employee' && actor.employeeId === session.organizerId) {
    throw new ActionNotPermittedError('confirm', 'the organizer cannot confirm their own request');
  }
  if (now.getTime() >= parseInstant(session.start, 'start')) {
    throw new ChangeWindowClosedError('confirm', session.start);
  }
  return applyChange(session, { status: 'confirmed', sequence: session.sequence + 1 }, 'confirmed');
}

export interface NewTime {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
}

/**
 * Moves a requested/confirmed session. A requested session stays requested; a confirmed one
 * becomes `rescheduled`. Participants must act before the policy's deadline; admins any time
 * before the current start. Availability and conflicts are checked by the caller
 * (isSlotBookable + the exclusion constraint).
 */
export function rescheduleSession(
  session: SessionState,
  time: NewTime,
  actor: Actor,
  policy: SessionPolicy,
  now: Date,
): SessionTransition {
  assertTransition(session, 'reschedule');
  assertInvolved(session, actor, 'reschedule');
  const { start, end } = checkedNewTime(time, now);
  const currentStart = parseInstant(session.start, 'start');
  const cutoff = actor.kind === 'admin' ? 0 : policy.rescheduleUntilMinutesBeforeStart;
  const deadline = currentStart - cutoff * MINUTE_MS;
  if (now.getTime() > deadline) throw new ChangeWindowClosedError('reschedule', formatInstant(deadline));
  if (start === currentStart && end === parseInstant(session.end, 'end')) {
    throw new InvalidInputError('start', 'the new time equals the current time');
  }
  const status = session.status === 'requested' ? 'requested' : 'rescheduled';
  const moved = {
    status,
    start: formatInstant(start),
    end: formatInstant(end),
    sequence: session.sequence + 1,
  } as const;
  return applyChange(session, moved, 'rescheduled');
}

/** confirmed/rescheduled → completed, by a participant, an admin or the system, once it has started. */
export function completeSession(session: SessionState, actor: Actor, now: Date): SessionTransition {
  assertTransition(session, 'complete');
  assertInvolved(session, actor, 'complete', true);
  assertStarted(session, 'complete', now);
  return applyChange(session, { status: 'completed', settledAt: formatInstant(now.getTime()) }, 'completed');
}

/** confirmed/rescheduled → no_show, naming who was absent, once the session has started. */
export function markNoShow(
  session: SessionState,
  actor: Actor,
  absentees: readonly string[],
  now: Date,
): SessionTransition {
  assertTransition(session, 'mark_no_show');
  assertInvolved(session, actor, 'mark_no_show');
  assertStarted(session, 'mark_no_show', now);
  const ids = new Set(session.participants.map((p) => p.employeeId));
  if (absentees.length === 0 || absentees.some((id) => !ids.has(id))) {
    throw new InvalidInputError('absentees', 'name at least one participant of this session');
  }
  const settled = {
    status: 'no_show',
    absentees: [...new Set(absentees)],
    settledAt: formatInstant(now.getTime()),
  } as const;
  return applyChange(session, settled, 'no_show');
}

function checkedNewTime(time: NewTime, now: Date): { start: number; end: number } {
  const start = parseInstant(time.start, 'start');
  const end = parseInstant(time.end, 'end');
  if (end <= start) throw new InvalidInputError('end', 'must be after start');
  const minutes = (end - start) / MINUTE_MS;
  if (minutes < MIN_SESSION_MINUTES || minutes > MAX_SESSION_MINUTES) {
    throw new InvalidInputError('end', `sessions last ${MIN_SESSION_MINUTES}–${MAX_SESSION_MINUTES} minutes`);
  }
  if (start < now.getTime()) throw new InvalidInputError('start', 'must not be in the past');
  return { start, end };
}

function assertStarted(session: SessionState, action: string, now: Date): void {
  if (now.getTime() < parseInstant(session.start, 'start')) {
    throw new InvalidTransitionError(session.status, action, 'has not started yet');
  }
}
