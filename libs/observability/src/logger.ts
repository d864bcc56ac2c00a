import pino, { Logger } from 'pino';
import { requestContext } from './request-context';
import { messageContext } from '@mentormesh/messaging';

export type { Logger } from 'pino';

const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.samlResponse',
  '*.SAMLResponse',
  '*.email',
];

/** JSON logs with service, request and correlation ids on every line; secrets and personal data redacted. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const request = requestContext.getStore();
      if (request)
        return {
          requestId: request.requestId,
          correlationId: request.correlationId,
          tenantId: request.tenantId,
        };
      const message = messageContext.getStore();
      return message?.correlationId ? { correlationId: message.correlationId } : {};
    },
  });
}
