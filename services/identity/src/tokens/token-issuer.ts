import { SignJWT } from 'jose';
import type { Role } from '@mentormesh/auth';
import { KeyStore } from './key-store';

export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly tokenType: 'Bearer';
}

/** Short-lived RS256 access tokens with claims sub (employee), tid (tenant) and roles. */
export class TokenIssuer {
  constructor(
    private readonly keys: KeyStore,
    private readonly settings: { issuer: string; audience: string; ttlSeconds: number },
  ) {}

  async issue(subject: {
    employeeId: string;
    tenantId: string;
    roles: readonly Role[];
  }): Promise<IssuedToken> {
    const key = await this.keys.activeKey();
    const accessToken = await new SignJWT({ tid: subject.tenantId, roles: [...subject.roles] })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .setSubject(subject.employeeId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setJti(crypto.randomUUID())
      .setExpirationTime(`${this.settings.ttlSeconds}s`)
      .sign(key.privateKey);
    return { accessToken, expiresIn: this.settings.ttlSeconds, tokenType: 'Bearer' };
  }
}
