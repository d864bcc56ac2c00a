import { randomUUID } from 'node:crypto';
import { RedisAssertionReplayStore } from '../src/sso/redis-assertion-replay.store';
import { RedisSamlRequestStore } from '../src/sso/redis-saml-request.store';
import { connectTestRedis, type TestRedis } from './support/test-redis';

describe('Redis SAML stores', () => {
  let redis: TestRedis;
  let requests: RedisSamlRequestStore;
  let replays: RedisAssertionReplayStore;
  const request = { kind: 'login' as const, issuedAt: new Date().toISOString(), relayState: 'rs' };

  beforeAll(async () => {
    redis = await connectTestRedis('identity-saml-stores');
    requests = new RedisSamlRequestStore(redis.redis, { keyPrefix: redis.keyPrefix, usedMarkerTtlMs: 5_000 });
    replays = new RedisAssertionReplayStore(redis.redis, { keyPrefix: redis.keyPrefix });
  });
  afterAll(async () => {
    await redis.close();
  });

  it('consumes a saved request exactly once, then reports it as already used', async () => {
    const tenantId = randomUUID();
    await requests.save(tenantId, '_r1', request, 60_000);

    const outcomes = await Promise.all([1, 2, 3, 4].map(() => requests.consume(tenantId, '_r1')));

    expect(outcomes.filter((o) => o.status === 'consumed')).toEqual([{ status: 'consumed', request }]);
    expect(outcomes.filter((o) => o.status === 'already-used')).toHaveLength(3);
  });

  it('does not find a request saved for another tenant, nor one never saved', async () => {
    const tenantId = randomUUID();
    await requests.save(tenantId, '_r2', request, 60_000);

    await expect(requests.consume(randomUUID(), '_r2')).resolves.toEqual({ status: 'unknown' });
    await expect(requests.consume(tenantId, '_never')).resolves.toEqual({ status: 'unknown' });
  });

  it('forgets a request after its TTL', async () => {
    const tenantId = randomUUID();
    await requests.save(tenantId, '_r3', request, 50);
    await new Promise((resolve) => setTimeout(resolve, 120));

    await expect(requests.consume(tenantId, '_r3')).resolves.toEqual({ status: 'unknown' });
  });

  it('refuses to overwrite an outstanding request id', async () => {
    const tenantId = randomUUID();
    await requests.save(tenantId, '_r4', request, 60_000);

    await expect(requests.save(tenantId, '_r4', request, 60_000)).rejects.toThrow('already stored');
  });

  it('claims a message id once per tenant, with the given TTL', async () => {
    const tenantId = randomUUID();

    const claims = await Promise.all([1, 2, 3].map(() => replays.claim(tenantId, '_a1', 30_000)));

    expect(claims.filter(Boolean)).toHaveLength(1);
    await expect(replays.claim(randomUUID(), '_a1', 30_000)).resolves.toBe(true);
    const ttl = await redis.redis.pttl(`${redis.keyPrefix}seen:${tenantId}:_a1`);
    expect(ttl).toBeGreaterThan(25_000);
  });
});
