import { DomainError } from '@mentormesh/graphql';

export class EmailTakenError extends DomainError {
  readonly code = 'IDENTITY.EMAIL_TAKEN';
  readonly kind = 'CONFLICT';
  constructor() {
    super('email: an employee with this email already exists', 'email');
  }
}

export class UnknownManagerError extends DomainError {
  readonly code = 'IDENTITY.UNKNOWN_MANAGER';
  readonly kind = 'BAD_USER_INPUT';
  constructor() {
    super('managerId: no such employee in this organization', 'managerId');
  }
}

export class ExternalIdTakenError extends DomainError {
  readonly code = 'IDENTITY.EXTERNAL_ID_TAKEN';
  readonly kind = 'CONFLICT';
  constructor() {
    super('externalId: another employee has this external id', 'externalId');
  }
}

export class SelfManagerError extends DomainError {
  readonly code = 'IDENTITY.SELF_MANAGER';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string) {
    super(`${field}: an employee cannot be their own manager`, field);
  }
}

export class UnknownManagerReferenceError extends DomainError {
  readonly code = 'IDENTITY.UNKNOWN_MANAGER';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string) {
    super(`${field}: no such employee in this organization`, field);
  }
}

/** The caller wrote over a version it had not seen (SCIM If-Match, concurrent sync). */
export class EmployeeVersionMismatchError extends DomainError {
  readonly code = 'IDENTITY.VERSION_MISMATCH';
  readonly kind = 'CONFLICT';
  constructor() {
    super('version: the employee changed since it was read');
  }
}
