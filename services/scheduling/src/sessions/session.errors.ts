import { DomainError } from '@mentormesh/graphql';

export class UnknownParticipantError extends DomainError {
  readonly code = 'SCHEDULING.UNKNOWN_PARTICIPANT';
  readonly kind = 'BAD_USER_INPUT';
  constructor(employeeId: string) {
    super(`participantIds: ${employeeId} is not an active employee of this organization`, 'participantIds');
  }
}

export class CallerNotParticipantError extends DomainError {
  readonly code = 'SCHEDULING.CALLER_NOT_PARTICIPANT';
  readonly kind = 'BAD_USER_INPUT';
  constructor() {
    super(
      'participantIds: must include yourself; you can only book sessions you take part in',
      'participantIds',
    );
  }
}

export class StartInPastError extends DomainError {
  readonly code = 'SCHEDULING.START_IN_PAST';
  readonly kind = 'BAD_USER_INPUT';
  constructor() {
    super('startsAt: must be in the future', 'startsAt');
  }
}

/** The slot collides with a live session of a participant (buffers included); PostgreSQL said so (23P01). */
export class SlotTakenError extends DomainError {
  readonly code = 'SCHEDULING.SLOT_TAKEN';
  readonly kind = 'CONFLICT';
  constructor(readonly participantId: string | null) {
    super(
      participantId
        ? `startsAt: slot taken: participant ${participantId} already has a session at that time`
        : 'startsAt: slot taken: a participant already has a session at that time',
      'startsAt',
    );
  }
}

export class SessionNotFoundError extends DomainError {
  readonly code = 'SCHEDULING.SESSION_NOT_FOUND';
  readonly kind = 'NOT_FOUND';
  constructor(id: string) {
    super(`session ${id} not found`);
  }
}

export class MatchNotBookableError extends DomainError {
  readonly code = 'SCHEDULING.MATCH_NOT_BOOKABLE';
  readonly kind = 'BAD_USER_INPUT';
  constructor(reason: string) {
    super(`matchId: ${reason}`, 'matchId');
  }
}

export class DirectBookingDisabledError extends DomainError {
  readonly code = 'SCHEDULING.DIRECT_BOOKING_DISABLED';
  readonly kind = 'FORBIDDEN';
  constructor() {
    super('matchId: this organization books sessions only for accepted matches', 'matchId');
  }
}

export class InvalidBookingInputError extends DomainError {
  readonly code = 'SCHEDULING.INVALID_INPUT';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, field);
  }
}

/** A scheduling-domain error (scheduling.errors.ts) re-stated for the API edge, keeping its stable code. */
export class SchedulingRuleError extends DomainError {
  constructor(
    readonly code: string,
    readonly kind: 'BAD_USER_INPUT' | 'FORBIDDEN' | 'CONFLICT',
    message: string,
    field?: string,
  ) {
    super(message, field);
  }
}
