import type { AuthPrincipal } from '@mentormesh/auth';
import { hasAnyRole } from '@mentormesh/auth';
import type { ParticipantEntity } from '../participants/participant.entity';
import type { BookableMatch } from '../matches/bookable-match.repository';
import {
  CallerNotParticipantError,
  InvalidBookingInputError,
  MatchNotBookableError,
  StartInPastError,
  UnknownParticipantError,
} from './session.errors';
import type { SessionParticipantRecord, SessionRecord } from './session.record';

export interface BookingRequest {
  readonly callerId: string;
  readonly participantIds: readonly string[];
  /** Who among the participants are mentees; default: the caller alone. */
  readonly menteeIds?: readonly string[];
  readonly startsAt: Date;
}

/**
 * Who takes part in a direct booking, checked against what scheduling knows (pure: the people and `now`
 * come in as arguments). The caller must take part; the named mentees (default: the caller) are mentees and
 * everyone else is a mentor, so group sessions with several mentors or several mentees both work.
 */
export function planParticipants(
  request: BookingRequest,
  known: readonly ParticipantEntity[],
  now: Date,
): SessionParticipantRecord[] {
  if (!request.participantIds.includes(request.callerId)) throw new CallerNotParticipantError();
  for (const id of request.participantIds) {
    if (!known.some((p) => p.id === id && p.status === 'ACTIVE')) throw new UnknownParticipantError(id);
  }
  assertFuture(request.startsAt, now);
  const mentees = new Set(request.menteeIds ?? [request.callerId]);
  for (const id of mentees) {
    if (!request.participantIds.includes(id)) {
      throw new InvalidBookingInputError('menteeIds', `${id} is not among participantIds`);
    }
  }
  const participants = request.participantIds.map((employeeId) => ({
    employeeId,
    role: mentees.has(employeeId) ? ('mentee' as const) : ('mentor' as const),
  }));
  if (!participants.some((p) => p.role === 'mentor')) {
    throw new InvalidBookingInputError('menteeIds', 'at least one participant must be a mentor');
  }
  return participants;
}

/** The two people of an accepted match the caller belongs to, both still active. */
export function planMatchParticipants(
  match: BookableMatch | null,
  callerId: string,
  known: readonly ParticipantEntity[],
  startsAt: Date,
  now: Date,
): SessionParticipantRecord[] {
  if (!match) throw new MatchNotBookableError('no such match');
  if (match.status !== 'ACCEPTED')
    throw new MatchNotBookableError(`the match is ${match.status}, not ACCEPTED`);
  if (callerId !== match.menteeId && callerId !== match.mentorId) {
    throw new MatchNotBookableError('only the mentee or the mentor of the match can book for it');
  }
  for (const id of [match.menteeId, match.mentorId]) {
    if (!known.some((p) => p.id === id && p.status === 'ACTIVE')) throw new UnknownParticipantError(id);
  }
  assertFuture(startsAt, now);
  return [
    { employeeId: match.menteeId, role: 'mentee' },
    { employeeId: match.mentorId, role: 'mentor' },
  ];
}

/** Format details: in-person sessions need a place. */
export function assertFormatDetails(format: string, location: string | null | undefined): void {
  if (format === 'IN_PERSON' && !location?.trim()) {
    throw new InvalidBookingInputError('location', 'in-person sessions need a location');
  }
}

function assertFuture(startsAt: Date, now: Date): void {
  if (startsAt.getTime() <= now.getTime()) throw new StartInPastError();
}

/** Participants see their sessions; organization admins and L&D managers see every session of their tenant. */
export function isSessionVisibleTo(record: SessionRecord, principal: AuthPrincipal): boolean {
  return (
    record.participants.some((p) => p.employeeId === principal.employeeId) ||
    hasAnyRole(principal, ['ORG_ADMIN', 'LD_MANAGER'])
  );
}
