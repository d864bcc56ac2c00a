import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { Logger } from '@mentormesh/observability';
import { DatabaseLifecycle, TenantTransactions } from '@mentormesh/database';
import { AvailabilityChangesRepository } from '../../availability/availability-changes.repository';
import { AVAILABILITY_LOGGER } from '../../availability/availability-logger';
import type { SchedulingConfig } from '../../config';
import { FeedRefusedError, FeedUnavailableError } from '../../scheduling.errors';
import { IntervalLoop } from '../../interval-loop';
import { BusyCache } from './busy-cache';
import { CalendarFeedRepository, DueFeed, FetchOutcome } from './calendar-feed.repository';
import { fetchBusyBlocks } from './fetch-busy-blocks';

const BATCH = 10;
const LEASE_MS = 2 * 60_000;
const DAY_MS = 86_400_000;
/** Busy time is kept for this window around now: the booking horizon is at most a year. */
const PAST_DAYS = 1;
const FUTURE_DAYS = 366;
const MAX_BACKOFF_MS = DAY_MS;

/**
 * Fetches due calendar feeds with the SSRF-safe fetcher and caches their busy blocks. The schedule is
 * durable in PostgreSQL: each instance claims due rows with `for update skip locked` and leases them, so
 * two instances never fetch the same feed at once and a crash only delays a feed by the lease.
 */
@Injectable()
export class BusyFeedPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: IntervalLoop;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly feeds: CalendarFeedRepository,
    private readonly cache: BusyCache,
    private readonly changes: AvailabilityChangesRepository,
    database: DatabaseLifecycle,
    @Inject(APP_CONFIG) private readonly config: SchedulingConfig,
    @Inject(AVAILABILITY_LOGGER) private readonly log: Logger,
  ) {
    this.loop = new IntervalLoop(
      'calendar feeds',
      config.FEED_POLL_TICK_MS,
      () => this.pollOnce(),
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

  /** Fetches every feed due now (in batches); returns how many were fetched. */
  async pollOnce(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.transactions.runUnscoped((m) => this.feeds.claimDue(m, BATCH, LEASE_MS));
      for (const feed of due) await this.refresh(feed, now);
      total += due.length;
      if (due.length < BATCH) return total;
    }
  }

  private async refresh({ tenantId, employeeId }: DueFeed, now: Date): Promise<void> {
    const loaded = await this.transactions.run(tenantId, async (m) => ({
      subscription: await this.feeds.subscription(m, tenantId, employeeId),
      allowList: await this.feeds.allowList(m, tenantId),
    }));
    const { subscription, allowList } = loaded;
    if (!subscription) return;
    const outcome = await this.fetch(subscription, allowList, now);
    await this.transactions.run(tenantId, async (m) => {
      const failures = await this.feeds.recordOutcome(m, tenantId, employeeId, outcome);
      const delay = Math.min(
        this.config.FEED_REFRESH_INTERVAL_MS * 2 ** Math.max(failures - 1, 0),
        MAX_BACKOFF_MS,
      );
      await this.feeds.scheduleAt(m, tenantId, employeeId, new Date(Date.now() + delay));
      if (outcome.status === 'ok') {
        await this.changes.markChanged(m, tenantId, [employeeId], this.config.SUMMARY_DEBOUNCE_MS);
      }
    });
    this.log.info({ tenantId, employeeId, status: outcome.status }, 'calendar feed fetched');
  }

  private async fetch(
    subscription: NonNullable<Awaited<ReturnType<CalendarFeedRepository['subscription']>>>,
    allowList: Awaited<ReturnType<CalendarFeedRepository['allowList']>>,
    now: Date,
  ): Promise<FetchOutcome> {
    const { tenantId, employeeId } = subscription;
    try {
      const result = await fetchBusyBlocks(subscription.url, {
        window: {
          from: new Date(now.getTime() - PAST_DAYS * DAY_MS).toISOString(),
          to: new Date(now.getTime() + FUTURE_DAYS * DAY_MS).toISOString(),
        },
        timeZone: subscription.timeZone,
        allowList,
        ignoreUidSuffix: `@${this.config.CALENDAR_UID_DOMAIN}`,
        ifNoneMatch: subscription.etag ?? undefined,
        ifModifiedSince: subscription.lastModified ?? undefined,
      });
      if (result.status === 'modified') await this.cache.put(tenantId, employeeId, result.blocks);
      else if (
        !(await this.cache.touch(tenantId, employeeId)) &&
        (subscription.etag ?? subscription.lastModified) !== null
      ) {
        // Redis lost the entry although the feed is unchanged: fetch it whole.
        return this.fetch({ ...subscription, etag: null, lastModified: null }, allowList, now);
      }
      return { status: 'ok', error: null, etag: result.etag, lastModified: result.lastModified };
    } catch (error) {
      if (error instanceof FeedRefusedError) return failed('refused', error.message);
      if (error instanceof FeedUnavailableError) return failed('unavailable', error.message);
      throw error;
    }
  }
}

function failed(status: 'refused' | 'unavailable', error: string): FetchOutcome {
  return { status, error, etag: null, lastModified: null };
}
