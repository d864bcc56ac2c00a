import type { AuthPrincipal } from '@mentormesh/auth';
import { hasAnyRole } from '@mentormesh/auth';
import { Actor, SessionState } from './domain';
import { SessionPatch } from './session.repository';
import { SessionRecord } from './session.record';

/** The lifecycle view of a stored session, for the pure domain. */
export function toSessionState({ session, participants }: SessionRecord): SessionState {
  return {
    id: session.id,
    status: session.status,
    organizerId: session.createdBy ?? '',
    participants,
    start: session.startsAt.toISOString(),
    end: session.endsAt.toISOString(),
    sequence: session.sequence,
    cancellation:
      session.cancelledAt === null
        ? null
        : {
            by: session.cancelledBy ?? 'system',
            reason: session.cancelReason ?? '',
            at: session.cancelledAt.toISOString(),
          },
    absentees: session.absentees,
    settledAt: session.settledAt?.toISOString() ?? null,
  };
}

/** The columns a domain transition changes. */
export function toSessionPatch(state: SessionState): SessionPatch {
  const by = state.cancellation?.by;
  return {
    status: state.status,
    startsAt: new Date(state.start),
    endsAt: new Date(state.end),
    sequence: state.sequence,
    cancelledBy: by && by !== 'system' ? by : null,
    cancelReason: state.cancellation?.reason ?? null,
    cancelledAt: state.cancellation ? new Date(state.cancellation.at) : null,
    absentees: [...state.absentees],
    settledAt: state.settledAt ? new Date(state.settledAt) : null,
  };
}

/** Organization admins and L&D managers act as `admin` under the session policy. */
export function actorOf(principal: AuthPrincipal): Actor {
  return hasAnyRole(principal, ['ORG_ADMIN', 'LD_MANAGER'])
    ? { kind: 'admin', employeeId: principal.employeeId }
    : { kind: 'employee', employeeId: principal.employeeId };
}
