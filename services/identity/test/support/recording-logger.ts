import type { SsoLogger } from '../../src/sso/sso-logger';

export interface RecordedLog {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/** Keeps what the SSO code logged so tests can assert on reasons (and on what must not be logged). */
export class RecordingLogger implements SsoLogger {
  readonly entries: RecordedLog[] = [];

  warn(fields: Readonly<Record<string, unknown>>, message: string): void {
    this.entries.push({ fields, message });
  }
}
