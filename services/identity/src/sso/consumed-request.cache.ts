import type { CacheItem, CacheProvider } from '@node-saml/node-saml';

/**
 * node-saml cache provider for one validation: the request id was already consumed atomically from the
 * SamlRequestStore, so node-saml finds exactly that id (with its issue instant) and nothing else, and its
 * own non-atomic "get then remove" cannot let a second response through.
 */
export class ConsumedRequestCache implements CacheProvider {
  constructor(
    private readonly requestId: string | null,
    private readonly issuedAt: string | null,
  ) {}

  async saveAsync(): Promise<CacheItem | null> {
    throw new Error('ConsumedRequestCache is read-only');
  }

  async getAsync(key: string): Promise<string | null> {
    return this.requestId !== null && key === this.requestId ? this.issuedAt : null;
  }

  async removeAsync(): Promise<string | null> {
    return null;
  }
}
