/**
 * Message ids (assertion ids, logout request ids) already accepted, per tenant.
 * `claim` is atomic: it returns true exactly once per id while the entry lives (ttlMs).
 */
export interface AssertionReplayStore {
  claim(tenantId: string, messageId: string, ttlMs: number): Promise<boolean>;
}
