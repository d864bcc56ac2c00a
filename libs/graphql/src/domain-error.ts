/** How an error is reported at the API edge. */
export type ErrorKind = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

/**
 * Base of every expected error. Domain and service code throw these (never HttpException or GraphQLError);
 * one mapper at the edge turns them into `extensions.code`. `code` is stable (e.g. SCHEDULING.SLOT_TAKEN).
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;
  /** For validation errors: the input field at fault, as the client named it. */
  readonly field?: string;

  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION.INVALID_INPUT';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, field);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  readonly kind = 'NOT_FOUND';
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'AUTH.UNAUTHENTICATED';
  readonly kind = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  readonly code = 'AUTH.FORBIDDEN';
  readonly kind = 'FORBIDDEN';
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
