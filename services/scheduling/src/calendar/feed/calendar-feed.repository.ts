import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { FeedAllowList } from './feed.types';

export type FeedStatus = 'pending' | 'ok' | 'refused' | 'unavailable';

/** What the poller needs to fetch one feed. The URL never leaves the service. */
export interface FeedSubscription {
  readonly tenantId: string;
  readonly employeeId: string;
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly timeZone: string;
}

/** What the owner may see about their feed. */
export interface FeedStatusView {
  readonly lastStatus: FeedStatus;
  readonly lastFetchedAt: Date | null;
  readonly lastError: string | null;
}

export interface FetchOutcome {
  readonly status: Exclude<FeedStatus, 'pending'>;
  readonly error: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface DueFeed {
  readonly tenantId: string;
  readonly employeeId: string;
}

/** The only SQL for calendar feeds, their fetch schedule and the tenant allow-list. */
@Injectable()
export class CalendarFeedRepository {
  async upsert(m: EntityManager, tenantId: string, employeeId: string, url: string): Promise<void> {
    await m.query(
      `insert into calendar_feeds (tenant_id, employee_id, url) values ($1, $2, $3)
       on conflict (tenant_id, employee_id) do update set url = excluded.url, last_status = 'pending',
         last_error = null, etag = null, last_modified = null, consecutive_failures = 0, updated_at = now()`,
      [tenantId, employeeId, url],
    );
    await this.scheduleAt(m, tenantId, employeeId, new Date(0));
  }

  async remove(m: EntityManager, tenantId: string, employeeId: string): Promise<boolean> {
    await m.query('delete from calendar_feed_schedule where tenant_id = $1 and employee_id = $2', [
      tenantId,
      employeeId,
    ]);
    const [, count]: [unknown, number] = await m.query(
      'delete from calendar_feeds where tenant_id = $1 and employee_id = $2',
      [tenantId, employeeId],
    );
    return count > 0;
  }

  async status(m: EntityManager, tenantId: string, employeeId: string): Promise<FeedStatusView | null> {
    const rows: { last_status: FeedStatus; last_fetched_at: Date | null; last_error: string | null }[] =
      await m.query(
        `select last_status, last_fetched_at, last_error from calendar_feeds
         where tenant_id = $1 and employee_id = $2`,
        [tenantId, employeeId],
      );
    const row = rows[0];
    return row
      ? { lastStatus: row.last_status, lastFetchedAt: row.last_fetched_at, lastError: row.last_error }
      : null;
  }

  /** The subscription with its owner's zone (for all-day events), or null once removed. */
  async subscription(
    m: EntityManager,
    tenantId: string,
    employeeId: string,
  ): Promise<FeedSubscription | null> {
    const rows: { url: string; etag: string | null; last_modified: string | null; time_zone: string }[] =
      await m.query(
        `select f.url, f.etag, f.last_modified, coalesce(s.time_zone, p.time_zone) as time_zone
         from calendar_feeds f
         join participants p on p.tenant_id = f.tenant_id and p.id = f.employee_id
         left join availability_settings s on s.tenant_id = f.tenant_id and s.employee_id = f.employee_id
         where f.tenant_id = $1 and f.employee_id = $2`,
        [tenantId, employeeId],
      );
    const r = rows[0];
    if (!r) return null;
    return {
      tenantId,
      employeeId,
      url: r.url,
      etag: r.etag,
      lastModified: r.last_modified,
      timeZone: r.time_zone,
    };
  }

  /** Records a fetch; returns the number of consecutive failures (0 after a success). */
  async recordOutcome(
    m: EntityManager,
    tenantId: string,
    employeeId: string,
    o: FetchOutcome,
  ): Promise<number> {
    const [rows]: [{ consecutive_failures: number }[], number] = await m.query(
      `update calendar_feeds set last_status = $3, last_error = $4, etag = coalesce($5, etag),
         last_modified = coalesce($6, last_modified), last_fetched_at = now(), updated_at = now(),
         consecutive_failures = case when $3 = 'ok' then 0 else consecutive_failures + 1 end
       where tenant_id = $1 and employee_id = $2 returning consecutive_failures`,
      [tenantId, employeeId, o.status, o.error, o.etag, o.lastModified],
    );
    return rows[0]?.consecutive_failures ?? 0;
  }

  /**
   * Claims up to `limit` due feeds across tenants: locked rows of other instances are skipped, and the
   * claimed ones are leased (pushed `leaseMs` ahead) so a crashed poller's feeds come back by themselves.
   */
  async claimDue(m: EntityManager, limit: number, leaseMs: number): Promise<DueFeed[]> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows]: [{ tenant_id: string; employee_id: string }[], number] = await m.query(
      `with due as (
         select tenant_id, employee_id from calendar_feed_schedule where next_fetch_at <= now()
         order by next_fetch_at limit $1 for update skip locked)
       update calendar_feed_schedule s set next_fetch_at = now() + make_interval(secs => $2::double precision / 1000)
       from due where s.tenant_id = due.tenant_id and s.employee_id = due.employee_id
       returning s.tenant_id, s.employee_id`,
      [limit, leaseMs],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, employeeId: r.employee_id }));
  }

  async scheduleAt(m: EntityManager, tenantId: string, employeeId: string, at: Date): Promise<void> {
    await m.query(
      `insert into calendar_feed_schedule (tenant_id, employee_id, next_fetch_at) values ($1, $2, $3)
       on conflict (tenant_id, employee_id) do update set next_fetch_at = excluded.next_fetch_at`,
      [tenantId, employeeId, at],
    );
  }

  async allowList(m: EntityManager, tenantId: string): Promise<FeedAllowList> {
    const rows: { kind: 'host' | 'address'; entry: string }[] = await m.query(
      'select kind, entry from calendar_feed_allow_list where tenant_id = $1 order by entry',
      [tenantId],
    );
    return {
      hosts: rows.filter((r) => r.kind === 'host').map((r) => r.entry),
      addresses: rows.filter((r) => r.kind === 'address').map((r) => r.entry),
    };
  }

  async replaceAllowList(m: EntityManager, tenantId: string, list: FeedAllowList): Promise<void> {
    await m.query('delete from calendar_feed_allow_list where tenant_id = $1', [tenantId]);
    await m.query(
      `insert into calendar_feed_allow_list (tenant_id, kind, entry)
       select $1, e.kind, e.entry from unnest($2::text[], $3::text[]) as e (kind, entry)`,
      [
        tenantId,
        [...list.hosts.map(() => 'host'), ...list.addresses.map(() => 'address')],
        [...list.hosts, ...list.addresses],
      ],
    );
  }
}
