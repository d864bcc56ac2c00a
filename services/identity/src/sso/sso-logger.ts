/** The slice of a pino-style logger the SSO code needs. Fields first, then a stable message. */
export interface SsoLogger {
  warn(fields: Readonly<Record<string, unknown>>, message: string): void;
}
