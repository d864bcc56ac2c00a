import { DomainError } from '@mentormesh/graphql';

/** Matching has not heard of the employee from identity yet (or they were erased). */
export class UnknownEmployeeError extends DomainError {
  readonly code = 'MATCHING.UNKNOWN_EMPLOYEE';
  readonly kind = 'NOT_FOUND';
  constructor(field: string) {
    super(`${field}: no employee with this id is known to matching`, field);
  }
}

export class UnknownSkillInputError extends DomainError {
  readonly code = 'MATCHING.UNKNOWN_SKILL';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string) {
    super(`${field}: not a skill in the catalog`, field);
  }
}
