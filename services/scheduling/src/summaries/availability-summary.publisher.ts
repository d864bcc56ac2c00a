import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mentormesh/config';
import { DatabaseLifecycle, TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { Logger } from '@mentormesh/observability';
import { AvailabilityLoader } from '../availability/availability-loader';
import { AVAILABILITY_LOGGER } from '../availability/availability-logger';
import type { SchedulingConfig } from '../config';
import { IntervalLoop } from '../interval-loop';
import { buildSummaryPayload, SUMMARY_WEEKS } from './summary-payload';
import { DueSummary, SummaryRepository } from './summary.repository';

const BATCH = 20;
const LEASE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Publishes `availability.summary_published` through the outbox: after a change (debounced by the
 * schedule's due time) and periodically, and only when the figures differ from the last publication.
 * Due rows are claimed with `for update skip locked`, so instances share the work without doubles.
 */
@Injectable()
export class AvailabilitySummaryPublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: IntervalLoop;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly summaries: SummaryRepository,
    private readonly loader: AvailabilityLoader,
    private readonly outbox: OutboxWriter,
    database: DatabaseLifecycle,
    @Inject(APP_CONFIG) private readonly config: SchedulingConfig,
    @Inject(AVAILABILITY_LOGGER) private readonly log: Logger,
  ) {
    this.loop = new IntervalLoop(
      'availability summaries',
      config.SUMMARY_TICK_MS,
      () => this.publishDue(),
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

  /** Recomputes every due summary; returns how many events were published. */
  async publishDue(now = new Date()): Promise<number> {
    let published = 0;
    for (;;) {
      const due = await this.transactions.runUnscoped((m) => this.summaries.claimDue(m, BATCH, LEASE_MS));
      for (const item of due) {
        const changed = await this.transactions.run(item.tenantId, (m) => this.publishOne(m, item, now));
        if (changed) published += 1;
      }
      if (due.length < BATCH) return published;
    }
  }

  private async publishOne(m: EntityManager, due: DueSummary, now: Date): Promise<boolean> {
    const { tenantId, employeeId } = due;
    await this.summaries.scheduleNext(m, due, new Date(now.getTime() + this.config.SUMMARY_PERIOD_MS));
    const window = { from: now, to: new Date(now.getTime() + (SUMMARY_WEEKS * 7 + 1) * DAY_MS) };
    const people = await this.loader.load(m, tenantId, [employeeId], window, () => null);
    const person = people.get(employeeId);
    if (!person) return false;
    const draft = buildSummaryPayload(employeeId, person, now);
    const last = await this.summaries.fingerprint(m, tenantId, employeeId);
    if (last?.fingerprint === draft.fingerprint) return false;
    const version = await this.summaries.record(m, tenantId, employeeId, draft.fingerprint);
    await this.outbox.append(m, {
      type: 'availability.summary_published',
      tenantId,
      aggregateId: employeeId,
      aggregateVersion: version,
      payload: draft.payload,
    });
    this.log.info({ tenantId, employeeId, version }, 'availability summary published');
    return true;
  }
}
