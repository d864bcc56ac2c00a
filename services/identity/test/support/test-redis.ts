import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export interface TestRedis {
  readonly redis: Redis;
  /** Unique per run, so parallel runs never see each other's keys. */
  readonly keyPrefix: string;
  /** Deletes every key under keyPrefix and closes the connection. */
  close(): Promise<void>;
}

/** Connects to the real Redis at TEST_REDIS_URL / REDIS_URL (default redis://127.0.0.1:6379). */
export async function connectTestRedis(scope: string): Promise<TestRedis> {
  const url = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
  await redis.connect();
  const keyPrefix = `mm-test:${scope}:${Date.now().toString(36)}${randomBytes(4).toString('hex')}:`;
  return {
    redis,
    keyPrefix,
    async close(): Promise<void> {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
    },
  };
}
