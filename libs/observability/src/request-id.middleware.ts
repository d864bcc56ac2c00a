import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { messageContext } from '@mentormesh/messaging';
import { requestContext } from './request-context';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function incoming(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first && SAFE_ID.test(first) ? first : undefined;
}

/**
 * Every response carries `x-request-id`; the correlation id (from the caller, or the request id) and the
 * W3C traceparent flow into logs and into the headers of events this request causes.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = incoming(req, 'x-request-id') ?? randomUUID();
  const correlationId = incoming(req, 'x-correlation-id') ?? requestId;
  const traceparent = typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined;
  res.setHeader('x-request-id', requestId);
  res.setHeader('x-correlation-id', correlationId);
  requestContext.run({ requestId, correlationId }, () =>
    messageContext.run({ correlationId, traceparent, requestId }, () => next()),
  );
}
