import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '@mentormesh/config';
import type { BusyBlock } from '../../availability/domain';
import type { SchedulingConfig } from '../../config';

/**
 * Busy blocks from employees' calendar feeds, cached in Redis per tenant and employee with a TTL. Redis is
 * never the only copy that matters: a lost entry is fetched again by the poller. Only [start, end) pairs
 * are stored, never titles or attendees.
 */
@Injectable()
export class BusyCache implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: SchedulingConfig) {
    this.redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.ttlSeconds = config.FEED_CACHE_TTL_SECONDS;
  }

  async put(tenantId: string, employeeId: string, blocks: readonly BusyBlock[]): Promise<void> {
    await this.redis.set(key(tenantId, employeeId), JSON.stringify(blocks), 'EX', this.ttlSeconds);
  }

  /** Keeps a still-valid entry alive (the feed answered 304). False when the entry is gone. */
  async touch(tenantId: string, employeeId: string): Promise<boolean> {
    return (await this.redis.expire(key(tenantId, employeeId), this.ttlSeconds)) === 1;
  }

  async remove(tenantId: string, employeeId: string): Promise<void> {
    await this.redis.del(key(tenantId, employeeId));
  }

  /** Cached blocks per employee; employees without an entry get none. */
  async getMany(tenantId: string, employeeIds: readonly string[]): Promise<Map<string, BusyBlock[]>> {
    const result = new Map<string, BusyBlock[]>();
    if (employeeIds.length === 0) return result;
    const values = await this.redis.mget(employeeIds.map((id) => key(tenantId, id)));
    values.forEach((value, i) => result.set(employeeIds[i], value ? (JSON.parse(value) as BusyBlock[]) : []));
    return result;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }
}

function key(tenantId: string, employeeId: string): string {
  return `mm:scheduling:busy:${tenantId}:${employeeId}`;
}
