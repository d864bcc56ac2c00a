import type { Provider } from '@nestjs/common';
import type { Logger } from '@mentormesh/observability';

/** The service's root logger, provided by AppModule; features inject it to make child loggers. */
export const IDENTITY_LOGGER = Symbol('IDENTITY_LOGGER');

export function identityLoggerProvider(log: Logger): Provider {
  return { provide: IDENTITY_LOGGER, useValue: log };
}
