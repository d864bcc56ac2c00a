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
