import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import type { IssuedSamlRequest, SamlRequestStore } from './saml-request.store';

/**
 * node-saml cache provider used while generating an AuthnRequest or LogoutRequest: node-saml calls
 * saveAsync(id, issueInstant) once, which lands in the SamlRequestStore with a TTL.
 */
export class IssuingRequestCache implements CacheProvider {
  private savedId: string | null = null;

  constructor(
    private readonly store: SamlRequestStore,
    private readonly tenantId: string,
    private readonly request: Omit<IssuedSamlRequest, 'issuedAt'>,
    private readonly ttlMs: number,
  ) {}

  get requestId(): string {
    if (this.savedId === null) throw new Error('node-saml did not register a request id');
    return this.savedId;
  }

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    await this.store.save(this.tenantId, key, { ...this.request, issuedAt: value }, this.ttlMs);
    this.savedId = key;
    return { value, createdAt: Date.now() };
  }

  async getAsync(): Promise<string | null> {
    return null;
  }

  async removeAsync(): Promise<string | null> {
    return null;
  }
}
