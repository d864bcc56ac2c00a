import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IdentityRedis } from '../auth/identity-redis';

const RELAY_TOKEN = /^rs_[0-9a-f]{32}$/;

/**
 * SAML RelayState is limited to 80 bytes and travels through the IdP, so SP-initiated logins send an
 * opaque token and keep the (allow-listed) return URL here, per tenant, for as long as the request lives.
 */
@Injectable()
export class RelayStateStore {
  constructor(private readonly redis: IdentityRedis) {}

  async save(tenantId: string, redirectUrl: string, ttlMs: number): Promise<string> {
    const token = `rs_${randomBytes(16).toString('hex')}`;
    await this.redis.client.set(this.key(tenantId, token), redirectUrl, 'PX', ttlMs, 'NX');
    return token;
  }

  isToken(relayState: string): boolean {
    return RELAY_TOKEN.test(relayState);
  }

  find(tenantId: string, token: string): Promise<string | null> {
    return this.redis.client.get(this.key(tenantId, token));
  }

  private key(tenantId: string, token: string): string {
    return `${this.redis.keyPrefix}relay:${tenantId}:${token}`;
  }
}
