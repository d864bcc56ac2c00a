import { DomainError } from '@mentormesh/graphql';

/**
 * The authorization code or refresh token is unknown, expired, used, revoked, or its employee may no
 * longer sign in. One error for all, so callers learn nothing about which.
 */
export class InvalidGrantError extends DomainError {
  readonly code = 'AUTH.INVALID_GRANT';
  readonly kind = 'BAD_USER_INPUT';

  constructor(field: 'code' | 'refresh_token') {
    super(`${field}: is invalid, expired or revoked`, field);
  }
}

/** grant_type is neither authorization_code nor refresh_token. */
export class UnsupportedGrantTypeError extends DomainError {
  readonly code = 'AUTH.UNSUPPORTED_GRANT_TYPE';
  readonly kind = 'BAD_USER_INPUT';

  constructor() {
    super('grant_type: must be authorization_code or refresh_token', 'grant_type');
  }
}
