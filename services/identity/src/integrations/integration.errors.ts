import { DomainError } from '@mentormesh/graphql';

export class InvalidIntegrationTokenError extends DomainError {
  readonly code = 'IDENTITY.INVALID_INTEGRATION_TOKEN';
  readonly kind = 'UNAUTHENTICATED';
  constructor() {
    super('a valid integration token is required: Authorization: Bearer <token>');
  }
}

export class MissingScopeError extends DomainError {
  readonly code = 'IDENTITY.MISSING_SCOPE';
  readonly kind = 'FORBIDDEN';
  constructor(scope: string) {
    super(`the integration token lacks the scope ${scope}`);
  }
}
