import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { DatabaseLifecycle } from '@mentormesh/database';
import type { Logger } from '@mentormesh/observability';
import { IDENTITY_LOGGER } from '../auth/identity-logger';
import type { IdentityConfig } from '../config';
import { KeyStore } from './key-store';

/**
 * Scheduled signing-key rotation: on startup and then every KEY_ROTATION_CHECK_SECONDS, makes sure a
 * signing key younger than SIGNING_KEY_ROTATION_DAYS exists (KeyStore.ensureCurrent, advisory-locked so
 * of several instances one rotates). Retired keys stay in the JWKS until the tokens they signed expired.
 */
@Injectable()
export class KeyRotationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly intervalMs: number;
  private readonly log: Logger;

  constructor(
    private readonly keys: KeyStore,
    private readonly database: DatabaseLifecycle,
    @Inject(APP_CONFIG) config: IdentityConfig,
    @Inject(IDENTITY_LOGGER) log: Logger,
  ) {
    this.intervalMs = config.KEY_ROTATION_CHECK_SECONDS * 1000;
    this.log = log.child({ component: 'key-rotation' });
  }

  onApplicationBootstrap(): void {
    // The database connects in the background; the first check runs once it is up.
    void this.database.start().then(() => this.tick());
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns whether this call created a new signing key. */
  async check(now = new Date()): Promise<boolean> {
    const { row, created } = await this.keys.ensureCurrent(now);
    if (created) this.log.info({ kid: row.kid, retireAfter: row.retireAfter }, 'signing key rotated');
    return created;
  }

  /** A failed check (database not up yet, failover) is retried on the next tick. */
  private async tick(): Promise<void> {
    try {
      await this.check();
    } catch (error: unknown) {
      this.log.warn({ err: error }, 'signing key rotation check failed, retrying on the next tick');
    }
  }
}
