import { createHash, randomBytes } from 'node:crypto';

/** A private feed token: the tenant (not secret, lets the lookup run under its RLS) and 256 random bits. */
export interface FeedToken {
  readonly tenantId: string;
  readonly secret: string;
}

const TOKEN = /^([0-9a-f]{32})([A-Za-z0-9_-]{43})$/;

export function newFeedToken(tenantId: string): { token: string; hash: Buffer } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${tenantId.replace(/-/g, '')}${secret}`, hash: hashSecret(secret) };
}

/** Parses a token from a URL; null when it cannot be one of ours. */
export function parseFeedToken(token: string): FeedToken | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const hex = match[1];
  const tenantId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tenantId, secret: match[2] };
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
