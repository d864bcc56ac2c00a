import { DomainError } from '@mentormesh/graphql';

export class SkillNameTakenError extends DomainError {
  readonly code = 'IDENTITY.SKILL_NAME_TAKEN';
  readonly kind = 'CONFLICT';
  constructor(field = 'name') {
    super(`${field}: a skill with this name already exists in the catalog`, field);
  }
}

export class UnknownSkillError extends DomainError {
  readonly code = 'IDENTITY.UNKNOWN_SKILL';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string, what: string) {
    super(`${field}: no skill ${what} in the catalog`, field);
  }
}

export class InvalidSkillLevelError extends DomainError {
  readonly code = 'IDENTITY.INVALID_SKILL_LEVEL';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string) {
    super(`${field}: must be an integer from 1 to 5`, field);
  }
}
