import type { Cluster, Redis } from 'ioredis';
import type { AssertionReplayStore } from './assertion-replay.store';

export interface RedisAssertionReplayStoreOptions {
  /** Prepended to every key, e.g. `mm:identity:saml:`. */
  readonly keyPrefix: string;
}

/** AssertionReplayStore on Redis (ioredis): one `SET key 1 PX ttl NX` per message id. */
export class RedisAssertionReplayStore implements AssertionReplayStore {
  private readonly keyPrefix: string;

  constructor(
    private readonly redis: Redis | Cluster,
    options: RedisAssertionReplayStoreOptions,
  ) {
    this.keyPrefix = options.keyPrefix;
  }

  async claim(tenantId: string, messageId: string, ttlMs: number): Promise<boolean> {
    const key = `${this.keyPrefix}seen:${encodeURIComponent(tenantId)}:${encodeURIComponent(messageId)}`;
    const reply = await this.redis.set(key, '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX');
    return reply === 'OK';
  }
}
