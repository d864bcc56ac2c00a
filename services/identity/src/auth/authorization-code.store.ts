import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IdentityRedis } from './identity-redis';

/** What a one-time authorization code stands for: a completed SAML login. */
export interface AuthorizationGrant {
  readonly tenantId: string;
  readonly employeeId: string;
  /** SHA-256 of the SAML NameID and the IdP session, so single logout can find the token family. */
  readonly samlSubjectHash: string | null;
  readonly samlSessionIndex: string | null;
  /** Opaque to this module: the SSO code seals the NameID so that it can start a single logout later. */
  readonly samlNameIdSealed: string | null;
}

const CODE_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** One-time authorization codes in Redis: 256 random bits, 60 s, consumed atomically with GETDEL. */
@Injectable()
export class AuthorizationCodeStore {
  readonly ttlSeconds = 60;

  constructor(private readonly redis: IdentityRedis) {}

  async issue(grant: AuthorizationGrant): Promise<string> {
    const code = randomBytes(32).toString('base64url');
    await this.redis.client.set(this.key(code), JSON.stringify(grant), 'EX', this.ttlSeconds, 'NX');
    return code;
  }

  /** The grant for a code, once; null when unknown, expired or already used. */
  async consume(code: string): Promise<AuthorizationGrant | null> {
    if (!CODE_SHAPE.test(code)) return null;
    const raw = await this.redis.client.getdel(this.key(code));
    return raw ? (JSON.parse(raw) as AuthorizationGrant) : null;
  }

  private key(code: string): string {
    return `${this.redis.keyPrefix}auth-code:${code}`;
  }
}
