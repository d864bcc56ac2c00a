import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  readonly requestId: string;
  readonly correlationId: string;
  tenantId?: string;
}

/** Per-request facts every log line carries (set by the request-id middleware, enriched by auth). */
export const requestContext = new AsyncLocalStorage<RequestContext>();
