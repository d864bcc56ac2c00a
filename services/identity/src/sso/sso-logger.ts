/** The slice of a pino-style logger the SSO code needs. Fields first, then a stable message. */
export interface SsoLogger {
  warn(fields: Readonly<Record<string, unknown>>, message: string): void;
}

/** Injection token of the SSO logger (a child of the service logger with component "sso"). */
export const SSO_LOGGER = Symbol('SSO_LOGGER');
