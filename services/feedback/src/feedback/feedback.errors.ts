import { DomainError } from '@mentormesh/graphql';

/** Also what a non-participant hears, so the existence of other people's sessions is not revealed. */
export class UnknownSessionError extends DomainError {
  readonly code = 'FEEDBACK.UNKNOWN_SESSION';
  readonly kind = 'BAD_USER_INPUT';
  constructor() {
    super('sessionId: no session you took part in has this id', 'sessionId');
  }
}

export class SessionNotOverError extends DomainError {
  readonly code = 'FEEDBACK.SESSION_NOT_OVER';
  readonly kind = 'BAD_USER_INPUT';
  constructor() {
    super('sessionId: feedback can be given once the session has taken place', 'sessionId');
  }
}

export class InvalidSubjectError extends DomainError {
  readonly code = 'FEEDBACK.INVALID_SUBJECT';
  readonly kind = 'BAD_USER_INPUT';
  constructor(reason: string) {
    super(`subjectId: ${reason}`, 'subjectId');
  }
}

export class FeedbackAlreadyGivenError extends DomainError {
  readonly code = 'FEEDBACK.ALREADY_GIVEN';
  readonly kind = 'CONFLICT';
  constructor() {
    super('subjectId: you already gave feedback on this person for this session', 'subjectId');
  }
}
