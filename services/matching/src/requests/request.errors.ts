import { DomainError } from '@mentormesh/graphql';

export class UnknownRequestError extends DomainError {
  readonly code = 'MATCHING.UNKNOWN_REQUEST';
  readonly kind = 'NOT_FOUND';
  constructor() {
    super('requestId: no request of yours has this id', 'requestId');
  }
}

export class RequestNotOpenError extends DomainError {
  readonly code = 'MATCHING.REQUEST_NOT_OPEN';
  readonly kind = 'CONFLICT';
  constructor() {
    super('requestId: the request was already withdrawn', 'requestId');
  }
}
