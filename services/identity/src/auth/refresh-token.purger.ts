import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DatabaseLifecycle, TenantTransactions } from '@mentormesh/database';
import type { Logger } from '@mentormesh/observability';
import { AUTH_LOGGER } from './auth-logger';
import { RefreshTokenRepository } from './refresh-token.repository';

const INTERVAL_MS = 60 * 60_000;
const BATCH = 5000;
/** Expired tokens are kept a day, so a late reuse of one is still recognized (and revokes its family). */
const KEEP_EXPIRED_MS = 86_400_000;

/** Hourly housekeeping: deletes refresh tokens that expired more than a day ago, in batches. */
@Injectable()
export class RefreshTokenPurger implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly database: DatabaseLifecycle,
    private readonly transactions: TenantTransactions,
    private readonly tokens: RefreshTokenRepository,
    @Inject(AUTH_LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    void this.database.start().then(() => this.tick());
    this.timer = setInterval(() => void this.tick(), INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns how many tokens were deleted. */
  async purge(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - KEEP_EXPIRED_MS);
    let total = 0;
    for (;;) {
      const purged = await this.transactions.runUnscoped((m) => this.tokens.purgeExpired(m, before, BATCH));
      total += purged;
      if (purged < BATCH) break;
    }
    if (total > 0) this.log.info({ purged: total }, 'expired refresh tokens purged');
    return total;
  }

  private async tick(): Promise<void> {
    try {
      await this.purge();
    } catch (error: unknown) {
      this.log.warn({ err: error }, 'refresh token purge failed, retrying on the next tick');
    }
  }
}
