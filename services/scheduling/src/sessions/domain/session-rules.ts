import { ActionNotPermittedError, InvalidTransitionError } from '../../scheduling.errors';
import { Actor, CancellerRole, SessionState, SessionStatus, SessionTransition } from './session.types';

export type SessionAction = 'confirm' | 'reschedule' | 'cancel' | 'complete' | 'mark_no_show';

const ALLOWED_FROM: Readonly<Record<SessionAction, readonly SessionStatus[]>> = {
  confirm: ['requested'],
  reschedule: ['requested', 'confirmed', 'rescheduled'],
  cancel: ['requested', 'confirmed', 'rescheduled'],
  complete: ['confirmed', 'rescheduled'],
  mark_no_show: ['confirmed', 'rescheduled'],
};

/** Statuses in which a session still occupies its participants' time. */
export function isActiveStatus(status: SessionStatus): boolean {
  return status === 'requested' || status === 'confirmed' || status === 'rescheduled';
}

/** Whether the transition table allows `action` from `status`. */
export function canTransition(status: SessionStatus, action: SessionAction): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** Throws InvalidTransitionError unless the table allows `action` from the session's status. */
export function assertTransition(session: SessionState, action: SessionAction): void {
  if (!canTransition(session.status, action)) throw new InvalidTransitionError(session.status, action);
}

/** The actor's roles in this session (organizer and/or mentor/mentee; `admin` for admins; none for system). */
export function rolesOf(session: SessionState, actor: Actor): readonly CancellerRole[] {
  if (actor.kind === 'system') return [];
  if (actor.kind === 'admin') return ['admin'];
  const roles: CancellerRole[] = actor.employeeId === session.organizerId ? ['organizer'] : [];
  const participant = session.participants.find((p) => p.employeeId === actor.employeeId);
  return participant ? [...roles, participant.role] : roles;
}

/**
 * Throws ActionNotPermittedError unless the actor is the organizer, a participant or an admin
 * (or the system, when `allowSystem`).
 */
export function assertInvolved(
  session: SessionState,
  actor: Actor,
  action: SessionAction,
  allowSystem = false,
): void {
  if (actor.kind === 'system' ? allowSystem : rolesOf(session, actor).length > 0) return;
  throw new ActionNotPermittedError(
    action,
    `only participants or admins may ${action.replace('_', ' ')} this session`,
  );
}

/** Applies a patch to the session and reports what changed. */
export function applyChange(
  session: SessionState,
  patch: Partial<SessionState>,
  kind: SessionTransition['change'],
): SessionTransition {
  return { previous: session, session: { ...session, ...patch }, change: kind };
}
