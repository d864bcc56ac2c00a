import { DomainError, ErrorKind } from '@mentormesh/graphql';
import { SsoConnectionNotFoundError, SsoDtdForbiddenError, SsoError, SsoMalformedError } from './sso.errors';

/**
 * An SsoError at the HTTP edge: 404 for an unknown tenant or connection, 400 for unreadable messages,
 * 403 for everything else. The client sees the stable code, never the logged reason.
 */
export class SamlRejectedError extends DomainError {
  readonly kind: ErrorKind;

  constructor(
    readonly code: string,
    kind: ErrorKind,
  ) {
    super('SAML message refused');
    this.kind = kind;
  }

  static from(error: SsoError): SamlRejectedError {
    if (error instanceof SsoConnectionNotFoundError) return new SamlRejectedError(error.code, 'NOT_FOUND');
    if (error instanceof SsoMalformedError || error instanceof SsoDtdForbiddenError) {
      return new SamlRejectedError(error.code, 'BAD_USER_INPUT');
    }
    return new SamlRejectedError(error.code, 'FORBIDDEN');
  }
}

/** Runs a controller step, turning SsoErrors (already logged with their reason) into SamlRejectedError. */
export async function atSamlEdge<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error: unknown) {
    if (error instanceof SsoError) throw SamlRejectedError.from(error);
    throw error;
  }
}
