import { createHash, randomBytes } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/**
 * A refresh token is `<tenant id>.<256 random bits>`: the tenant part lets the token be looked up
 * inside that tenant's RLS scope; only the SHA-256 of the whole value is stored.
 */
export function newRefreshTokenValue(tenantId: string): string {
  return `${tenantId}.${randomBytes(32).toString('base64url')}`;
}

export function parseRefreshTokenValue(value: string): { tenantId: string; hash: string } | null {
  const [tenantId, secret, extra] = value.split('.');
  if (extra !== undefined || !tenantId || !secret || !UUID.test(tenantId) || !SECRET.test(secret))
    return null;
  return { tenantId: tenantId.toLowerCase(), hash: sha256Hex(value) };
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
