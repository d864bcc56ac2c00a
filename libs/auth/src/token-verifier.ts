import { JWTVerifyGetKey, createRemoteJWKSet, jwtVerify } from 'jose';
import { UnauthenticatedError } from '@mentormesh/graphql';
import { AuthPrincipal, claimsSchema } from './principal';

export interface TokenVerifierSettings {
  readonly issuer: string;
  readonly audience: string;
  /** Tolerated clock difference between issuer and verifier. */
  readonly clockToleranceSeconds?: number;
}

/** Verifies RS256 access tokens against a key set (identity's JWKS, cached and refreshed on unknown kid). */
export class TokenVerifier {
  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly settings: TokenVerifierSettings,
  ) {}

  static fromJwksUrl(url: string, settings: TokenVerifierSettings): TokenVerifier {
    const jwks = createRemoteJWKSet(new URL(url), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
      timeoutDuration: 5000,
    });
    return new TokenVerifier(jwks, settings);
  }

  async verify(token: string): Promise<AuthPrincipal> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: this.settings.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (error) {
      throw new UnauthenticatedError(`invalid token: ${(error as Error).message}`);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success)
      throw new UnauthenticatedError('invalid token: claims sub, tid and roles are required');
    return { employeeId: claims.data.sub, tenantId: claims.data.tid, roles: claims.data.roles, token };
  }
}
