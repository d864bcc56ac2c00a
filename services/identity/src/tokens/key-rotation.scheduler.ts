import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import type { IdentityConfig } from '../config';
import { KeyStore } from './key-store';

/**
 * Scheduled signing-key rotation: on startup and then every KEY_ROTATION_CHECK_SECONDS, makes sure a
 * signing key younger than SIGNING_KEY_ROTATION_DAYS exists (KeyStore.ensureCurrent, advisory-locked).
 * Retired keys stay in the JWKS until the tokens they signed have expired.
 */
@Injectable()
export class KeyRotationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly intervalMs: number;

  constructor(
    private readonly keys: KeyStore,
    @Inject(APP_CONFIG) config: IdentityConfig,
  ) {
    this.intervalMs = config.KEY_ROTATION_CHECK_SECONDS * 1000;
  }

  onApplicationBootstrap(): void {
    // Not awaited: the database may still be coming up; a failed check is retried on the next tick.
    void this.check().catch(() => undefined);
    this.timer = setInterval(() => void this.check().catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns whether this call created a new signing key. */
  async check(now = new Date()): Promise<boolean> {
    return (await this.keys.ensureCurrent(now)).created;
  }
}
