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
