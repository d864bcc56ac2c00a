import { randomUUID } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import { DataSource } from 'typeorm';
import { TokenVerifier } from '@mentormesh/auth';
import { KeyEncryption } from '../src/tokens/key-encryption';
import { KeyRotationScheduler } from '../src/tokens/key-rotation.scheduler';
import { KeyStore } from '../src/tokens/key-store';
import { SsoIdentity, startSsoIdentity } from './support/sso-identity';

const TTL_SECONDS = 900;

describe('signing key rotation (real PostgreSQL)', () => {
  let identity: SsoIdentity;
  let slug: string;

  beforeAll(async () => {
    identity = await startSsoIdentity();
    slug = `keys-${randomUUID().slice(0, 8)}`;
    await identity.createTenant(slug);
  });
  afterAll(() => identity.close());

  async function issueToken(): Promise<string> {
    const res = await fetch(`${identity.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: slug, email: `admin@${slug}.example` }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  /** Verifies as the gateway and the other services do: a fresh fetch of identity's JWKS. */
  function gatewayVerifier(): TokenVerifier {
    return TokenVerifier.fromJwksUrl(`${identity.url}/.well-known/jwks.json`, {
      issuer: 'mentormesh-identity',
      audience: 'mentormesh',
    });
  }

  async function publishedKids(): Promise<string[]> {
    const res = await fetch(`${identity.url}/.well-known/jwks.json`);
    return ((await res.json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
  }

  /** Makes the newest key look as if it reached its rotation date `agoMs` ago. */
  async function ageCurrentKey(agoMs: number): Promise<void> {
    await identity.sql(
      `update signing_keys set activated_at = now() - interval '31 days', retire_after = now() - ($1 || ' milliseconds')::interval
       where kid = (select kid from signing_keys order by activated_at desc limit 1)`,
      [String(agoMs)],
    );
  }

  it('rotates when due, keeps the previous key verifying, and drops a retired key once its tokens expired', async () => {
    const oldToken = await issueToken();
    const oldKid = decodeProtectedHeader(oldToken).kid!;
    const scheduler = identity.app.get(KeyRotationScheduler);
    expect(await scheduler.check()).toBe(false); // not due yet

    await ageCurrentKey(1000);
    expect(await scheduler.check()).toBe(true);
    const newToken = await issueToken();
    const newKid = decodeProtectedHeader(newToken).kid!;
    expect(newKid).not.toBe(oldKid);
    expect(await publishedKids()).toEqual([newKid, oldKid]);

    // A token signed by the previous key still verifies, at the gateway and at identity itself.
    await expect(gatewayVerifier().verify(oldToken)).resolves.toMatchObject({
      roles: expect.arrayContaining(['ORG_ADMIN']),
    });
    const me = await identity.graphql<{ me: { id: string } }>('{ me { id } }', {}, oldToken);
    expect(me.errors).toBeUndefined();
    await expect(gatewayVerifier().verify(newToken)).resolves.toBeDefined();

    // Once every token the old key signed has expired, the key leaves the JWKS and its tokens fail.
    await identity.sql(
      `update signing_keys set retire_after = now() - ($1 || ' seconds')::interval where kid = $2`,
      [String(TTL_SECONDS + 120), oldKid],
    );
    expect(await publishedKids()).toEqual([newKid]);
    await expect(gatewayVerifier().verify(oldToken)).rejects.toThrow(/invalid token/);
    await expect(gatewayVerifier().verify(newToken)).resolves.toBeDefined();
  });

  it('lets exactly one of several instances rotate at the same time (advisory lock)', async () => {
    await issueToken();
    await ageCurrentKey(1000);
    const dataSource = identity.app.get(DataSource);
    const replicas = Array.from(
      { length: 4 },
      () =>
        new KeyStore(dataSource, new KeyEncryption('test-secret-test-secret-test-secret!'), 30, TTL_SECONDS),
    );
    const outcomes = await Promise.all(replicas.map((store) => store.ensureCurrent()));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.row.kid)).size).toBe(1);
    const live = await identity.sql<{ n: number }>(
      'select count(*)::int as n from signing_keys where activated_at <= now() and retire_after > now()',
    );
    expect(live[0].n).toBe(1);
  });
});
