import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mentormesh/config';
import { DatabaseLifecycle, TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { Logger } from '@mentormesh/observability';
import { SchedulingConfig } from '../config';
import { Reminder, ReminderSubject, selectDueReminders } from '../sessions/domain';
import { IntervalLoop } from '../interval-loop';
import { ClaimedReminder, ReminderRepository } from './reminder.repository';
import { SCHEDULER_LOGGER } from './scheduler-logger';

const BATCH = 200;

/**
 * Sends due reminders exactly once: per tenant, one transaction claims due rows (FOR UPDATE SKIP LOCKED),
 * writes `session.reminder_due` to the outbox and marks them sent. Another instance skips the locked rows,
 * and sent rows never match again; a crash before commit leaves them unsent for the next run. Reminders of
 * cancelled or moved sessions are deleted, never sent.
 */
@Injectable()
export class ReminderDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: IntervalLoop;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly reminders: ReminderRepository,
    private readonly outbox: OutboxWriter,
    database: DatabaseLifecycle,
    @Inject(APP_CONFIG) config: SchedulingConfig,
    @Inject(SCHEDULER_LOGGER) private readonly log: Logger,
  ) {
    this.loop = new IntervalLoop(
      'reminders',
      config.SCHEDULER_INTERVAL_MS,
      () => this.dispatchDue(),
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

  /** Sends every reminder due at `now`; returns how many went out. */
  async dispatchDue(now = new Date()): Promise<number> {
    const tenants = await this.transactions.runUnscoped((m) => this.reminders.tenantsWithDue(m, now));
    let sent = 0;
    for (const tenantId of tenants) {
      sent += await this.transactions.run(tenantId, (m) => this.dispatchTenant(m, tenantId, now));
    }
    if (sent > 0) this.log.info({ sent }, 'reminders sent');
    return sent;
  }

  private async dispatchTenant(manager: EntityManager, tenantId: string, now: Date): Promise<number> {
    const claimed = await this.reminders.claimDue(manager, tenantId, now, BATCH);
    const byId = new Map(claimed.map((c) => [c.id, c]));
    const subjects = new Map<string, ReminderSubject>(claimed.map((c) => [c.sessionId, subjectOf(c)]));
    const { due, obsolete } = selectDueReminders(claimed.map(asReminder), subjects, now);
    for (const reminder of due) {
      const c = byId.get(reminder.key)!;
      await this.outbox.append(manager, {
        type: 'session.reminder_due',
        tenantId,
        aggregateId: c.sessionId,
        aggregateVersion: c.sessionVersion,
        payload: {
          sessionId: c.sessionId,
          employeeId: c.employeeId,
          minutesBefore: c.offsetMinutes,
          startsAt: c.sessionStart.toISOString(),
          dueAt: c.dueAt.toISOString(),
        },
      });
    }
    await this.reminders.markSent(
      manager,
      tenantId,
      due.map((r) => r.key),
      now,
    );
    await this.reminders.delete(
      manager,
      tenantId,
      obsolete.map((r) => r.key),
    );
    return due.length;
  }
}

function asReminder(c: ClaimedReminder): Reminder {
  return {
    key: c.id,
    sessionId: c.sessionId,
    sessionStart: c.sessionStart.toISOString(),
    offsetMinutes: c.offsetMinutes,
    dueAt: c.dueAt.toISOString(),
  };
}

function subjectOf(c: ClaimedReminder): ReminderSubject {
  return { sessionId: c.sessionId, start: c.sessionStartsAt.toISOString(), status: c.sessionStatus };
}
