import { AsyncLocalStorage } from 'node:async_hooks';

export interface MessageContext {
  readonly correlationId?: string;
  readonly traceparent?: string;
  readonly requestId?: string;
}

/** Carries correlation and W3C trace context from a request (or a consumed message) to the events it causes. */
export const messageContext = new AsyncLocalStorage<MessageContext>();

export function currentTraceHeaders(): Record<string, string> {
  const ctx = messageContext.getStore();
  const headers: Record<string, string> = {};
  if (ctx?.correlationId) headers['x-correlation-id'] = ctx.correlationId;
  if (ctx?.traceparent) headers.traceparent = ctx.traceparent;
  return headers;
}
