import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mentormesh/config';
import { DatabaseLifecycle, TenantTransactions } from '@mentormesh/database';
import { Logger } from '@mentormesh/observability';
import { SchedulingConfig } from '../config';
import { IntervalLoop } from '../interval-loop';
import { SCHEDULER_LOGGER } from '../reminders/scheduler-logger';
import { settleSession } from './domain';
import { SessionLifecycleService } from './session-lifecycle.service';
import { toSessionState } from './session-state';
import { SessionSweepRepository } from './session-sweep.repository';
import { SchedulingSettingsRepository } from './settings/scheduling-settings.repository';

const BATCH = 100;

/**
 * What happens when time passes, durably: confirmed sessions complete automatically after their end (plus
 * the tenant's grace period) and requests still unconfirmed at their start expire. Sessions are claimed per
 * tenant with FOR UPDATE SKIP LOCKED, so several instances never settle one twice.
 */
@Injectable()
export class SessionSettlementJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: IntervalLoop;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly sessions: SessionSweepRepository,
    private readonly settings: SchedulingSettingsRepository,
    private readonly lifecycle: SessionLifecycleService,
    database: DatabaseLifecycle,
    @Inject(APP_CONFIG) config: SchedulingConfig,
    @Inject(SCHEDULER_LOGGER) private readonly log: Logger,
  ) {
    this.loop = new IntervalLoop(
      'settlement',
      config.SCHEDULER_INTERVAL_MS,
      () => this.settleDue(),
      log,
      () => database.isConnected,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Settles every session due at `now`; returns how many changed. */
  async settleDue(now = new Date()): Promise<number> {
    const tenants = await this.transactions.runUnscoped((m) => this.sessions.tenantsWithUnsettled(m, now));
    let settled = 0;
    for (const tenantId of tenants) {
      settled += await this.transactions.run(tenantId, (m) => this.settleTenant(m, tenantId, now));
    }
    if (settled > 0) this.log.info({ settled }, 'sessions settled automatically');
    return settled;
  }

  private async settleTenant(manager: EntityManager, tenantId: string, now: Date): Promise<number> {
    const settings = await this.settings.find(manager, tenantId);
    const claimed = await this.sessions.claimUnsettled(manager, tenantId, now, BATCH);
    let settled = 0;
    for (const record of claimed) {
      const transition = settleSession(toSessionState(record), settings.policy, now);
      if (!transition) continue;
      // One session that cannot be settled must not hold back the others of its tenant.
      await manager.query('savepoint settle_session');
      try {
        await this.lifecycle.apply(manager, record, transition, settings, now);
        await manager.query('release savepoint settle_session');
        settled += 1;
      } catch (err: unknown) {
        await manager.query('rollback to savepoint settle_session');
        this.log.error({ err, tenantId, sessionId: record.session.id }, 'session could not be settled');
      }
    }
    return settled;
  }
}
