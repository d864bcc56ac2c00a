import { formatInstant, parseInstant } from '../../availability/domain';
import { ActionNotPermittedError, ChangeWindowClosedError, InvalidInputError } from '../../scheduling.errors';
import { applyChange, assertTransition, rolesOf } from './session-rules';
import { Actor, SessionPolicy, SessionState, SessionTransition } from './session.types';

export interface CancelCommand {
  readonly actor: Actor;
  readonly reason: string;
}

const MINUTE_MS = 60_000;
const MAX_REASON_LENGTH = 500;

/**
 * Cancels an upcoming session under the tenant's policy:
 * - who: one of the actor's roles (organizer / mentor / mentee / admin) must be in `whoMayCancel`;
 * - until when: participants until `cancelUntilMinutesBeforeStart` before start, admins until the end;
 * - why: a non-blank reason when `cancellationReasonRequired` (field `reason`, ≤ 500 characters).
 * Bumps SEQUENCE so calendars receive a METHOD:CANCEL that supersedes the invite.
 */
export function cancelSession(
  session: SessionState,
  command: CancelCommand,
  policy: SessionPolicy,
  now: Date,
): SessionTransition {
  assertTransition(session, 'cancel');
  const { actor } = command;
  const roles = rolesOf(session, actor);
  if (!roles.some((role) => policy.whoMayCancel.includes(role))) {
    throw new ActionNotPermittedError('cancel', 'this policy does not let you cancel this session');
  }
  const deadline = cancellationDeadline(session, actor, policy);
  if (now.getTime() > deadline) throw new ChangeWindowClosedError('cancel', formatInstant(deadline));
  const reason = checkedReason(command.reason, policy.cancellationReasonRequired);
  const by = actor.kind === 'system' ? 'system' : actor.employeeId;
  return applyChange(
    session,
    {
      status: 'cancelled',
      sequence: session.sequence + 1,
      cancellation: { by, reason, at: formatInstant(now.getTime()) },
    },
    'cancelled',
  );
}

/** Last instant at which this actor may still cancel. */
export function cancellationDeadline(session: SessionState, actor: Actor, policy: SessionPolicy): number {
  if (actor.kind === 'admin') return parseInstant(session.end, 'end');
  return parseInstant(session.start, 'start') - policy.cancelUntilMinutesBeforeStart * MINUTE_MS;
}

function checkedReason(reason: string, required: boolean): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (required && trimmed === '') throw new InvalidInputError('reason', 'a reason is required to cancel');
  if (trimmed.length > MAX_REASON_LENGTH) {
    throw new InvalidInputError('reason', `at most ${MAX_REASON_LENGTH} characters`);
  }
  return trimmed;
}

/** Reason recorded when a participant leaves the organization. */
export const DEPARTED_REASON = 'a participant left the organization';

/**
 * The system cancels an upcoming session because a participant was deactivated: no policy applies (nobody
 * chose it), the cancellation is by `system`, and SEQUENCE is bumped so calendars drop the event.
 */
export function cancelForDeparture(session: SessionState, now: Date): SessionTransition {
  assertTransition(session, 'cancel');
  const cancellation = { by: 'system', reason: DEPARTED_REASON, at: formatInstant(now.getTime()) };
  return applyChange(
    session,
    { status: 'cancelled', sequence: session.sequence + 1, cancellation },
    'cancelled',
  );
}
