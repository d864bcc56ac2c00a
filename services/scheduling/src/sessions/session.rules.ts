import type { AuthPrincipal } from '@mentormesh/auth';
import { hasAnyRole } from '@mentormesh/auth';
import type { ParticipantEntity } from '../participants/participant.entity';
import { CallerNotParticipantError, StartInPastError, UnknownParticipantError } from './session.errors';
import type { SessionParticipantRecord, SessionRecord } from './session.record';

export interface BookingRequest {
  readonly callerId: string;
  readonly participantIds: readonly string[];
  readonly startsAt: Date;
  readonly lengthMinutes: number;
}

export interface BookingPlan {
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly participants: readonly SessionParticipantRecord[];
}

/**
 * Checks a booking against what scheduling knows (pure: the people and `now` come in as arguments).
 * The caller is the mentee who asks for help; everyone else they name is a mentor. Overlaps with other
 * sessions are not checked yet.
 */
export function planBooking(
  request: BookingRequest,
  known: readonly ParticipantEntity[],
  now: Date,
): BookingPlan {
  if (!request.participantIds.includes(request.callerId)) throw new CallerNotParticipantError();
  for (const id of request.participantIds) {
    if (!known.some((p) => p.id === id && p.status === 'ACTIVE')) throw new UnknownParticipantError(id);
  }
  if (request.startsAt.getTime() <= now.getTime()) throw new StartInPastError();
  return {
    startsAt: request.startsAt,
    endsAt: new Date(request.startsAt.getTime() + request.lengthMinutes * 60_000),
    participants: request.participantIds.map((employeeId) => ({
      employeeId,
      role: employeeId === request.callerId ? 'mentee' : 'mentor',
    })),
  };
}

/** Participants see their sessions; organization admins and L&D managers see every session of their tenant. */
export function isSessionVisibleTo(record: SessionRecord, principal: AuthPrincipal): boolean {
  return (
    record.participants.some((p) => p.employeeId === principal.employeeId) ||
    hasAnyRole(principal, ['ORG_ADMIN', 'LD_MANAGER'])
  );
}
