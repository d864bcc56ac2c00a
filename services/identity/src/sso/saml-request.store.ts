/** What we remember about a SAML request we sent (AuthnRequest or LogoutRequest). */
export interface IssuedSamlRequest {
  readonly kind: 'login' | 'logout';
  /** ISO 8601 instant the request was issued (node-saml compares it with requestIdExpirationPeriodMs). */
  readonly issuedAt: string;
  readonly relayState: string | null;
}

export type SamlRequestConsumption =
  | { readonly status: 'consumed'; readonly request: IssuedSamlRequest }
  | { readonly status: 'already-used' }
  | { readonly status: 'unknown' };

/**
 * Outstanding request ids per tenant. `consume` is atomic: of two concurrent calls for the same id,
 * exactly one gets `consumed`; later ones get `already-used` for a while, then `unknown`.
 */
export interface SamlRequestStore {
  save(tenantId: string, requestId: string, request: IssuedSamlRequest, ttlMs: number): Promise<void>;
  consume(tenantId: string, requestId: string): Promise<SamlRequestConsumption>;
}
