import { randomUUID } from 'node:crypto';
import { RefreshTokenPurger } from '../src/auth/refresh-token.purger';
import { buildLogoutRequestXml } from './support/build-logout-xml';
import { IDP_SLO_URL, SsoIdentity, SsoTenant, codeOf, startSsoIdentity } from './support/sso-identity';
import { TestIdp } from './support/test-idp';

interface Pair {
  readonly accessToken: string;
  readonly refreshToken: string;
}

describe('refresh tokens: rotation, reuse detection, logout and single logout (real PostgreSQL, Redis)', () => {
  const idp = TestIdp.create();
  let identity: SsoIdentity;

  beforeAll(async () => {
    identity = await startSsoIdentity();
  });
  afterAll(() => identity.close());

  async function tenantWithEmployee(): Promise<SsoTenant> {
    const tenant = await identity.createTenant(`tok-${randomUUID().slice(0, 8)}`);
    await identity.configureSaml(tenant, idp, { allowIdpInitiated: true });
    await identity.graphql(
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email: 'ada@corp.example', displayName: 'Ada', timeZone: 'Europe/London' } },
      tenant.adminToken,
    );
    return tenant;
  }

  async function samlLogin(tenant: SsoTenant, sessionIndex = '_session-1'): Promise<Pair> {
    const xml = idp.response({ acsUrl: tenant.acsUrl, audience: tenant.audience, sessionIndex });
    const res = await identity.token({
      grant_type: 'authorization_code',
      code: codeOf(await identity.postAcs(tenant, xml)),
    });
    expect(res.status).toBe(200);
    return res.body as unknown as Pair;
  }

  const refresh = (refreshToken: string) =>
    identity.token({ grant_type: 'refresh_token', refresh_token: refreshToken });

  it('dev login returns a refresh token too, stored only as its SHA-256 hash', async () => {
    const tenant = await tenantWithEmployee();
    const res = await fetch(`${identity.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: tenant.slug, email: 'ada@corp.example' }),
    });
    const body = (await res.json()) as Pair;
    expect(body.refreshToken.startsWith(`${tenant.tenantId}.`)).toBe(true);
    const rows = await identity.sql<{ token_hash: string }>(
      'select token_hash from refresh_tokens where tenant_id = $1',
      [tenant.tenantId],
    );
    expect(JSON.stringify(rows)).not.toContain(body.refreshToken.split('.')[1]);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    expect((await refresh(body.refreshToken)).status).toBe(200);
  });

  it('rotates: each refresh returns a new pair and marks the old token used, in one family', async () => {
    const tenant = await tenantWithEmployee();
    const first = await samlLogin(tenant);
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    const pair = second.body as unknown as Pair;
    expect(pair.refreshToken).not.toBe(first.refreshToken);
    const me = await identity.graphql<{ me: { email: string } }>('{ me { email } }', {}, pair.accessToken);
    expect(me.data?.me.email).toBe('ada@corp.example');

    const rows = await identity.sql<{ family_id: string; parent_id: string | null; used_at: Date | null }>(
      'select family_id, parent_id, used_at from refresh_tokens where tenant_id = $1 and saml_subject_hash is not null order by created_at',
      [tenant.tenantId],
    );
    expect(rows).toHaveLength(2);
    expect(rows[1].family_id).toBe(rows[0].family_id);
    expect(rows[0].used_at).not.toBeNull();
    expect(rows[1].parent_id).not.toBeNull();
    expect((await refresh(pair.refreshToken)).status).toBe(200);
  });

  it('revokes the whole family when a used refresh token is presented again, and logs it', async () => {
    const tenant = await tenantWithEmployee();
    const first = await samlLogin(tenant);
    const rotated = (await refresh(first.refreshToken)).body as unknown as Pair;

    const replay = await refresh(first.refreshToken);
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: { code: 'AUTH.INVALID_GRANT', field: 'refresh_token' } });
    expect(replay.body).not.toHaveProperty('accessToken');
    // The legitimate-looking newest token is dead too: one of the two holders was a thief.
    expect((await refresh(rotated.refreshToken)).status).toBe(400);
    const warning = identity.log.warnings.find(
      (w) => (w.fields as Record<string, unknown>).tenantId === tenant.tenantId,
    );
    expect(warning?.message).toBe('refresh token reuse detected, family revoked');
    const live = await identity.sql(
      'select id from refresh_tokens where tenant_id = $1 and saml_subject_hash is not null and revoked_at is null',
      [tenant.tenantId],
    );
    expect(live).toEqual([]);
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const tenant = await tenantWithEmployee();
    const first = await samlLogin(tenant);
    const outcomes = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual([200, 400]);
  });

  it('refuses unknown, malformed and other-tenant-shaped refresh tokens', async () => {
    for (const token of ['nonsense', `${randomUUID()}.${'a'.repeat(43)}`, '']) {
      const res = await refresh(token);
      expect(res.status).toBe(400);
      expect(res.body).not.toHaveProperty('accessToken');
    }
  });

  it('stops refreshing once the employee is deactivated', async () => {
    const tenant = await tenantWithEmployee();
    const pair = await samlLogin(tenant);
    await identity.sql(`update employees set status = 'INACTIVE' where tenant_id = $1 and email = $2`, [
      tenant.tenantId,
      'ada@corp.example',
    ]);
    const res = await refresh(pair.refreshToken);
    expect(res.status).toBe(400);
    expect(res.body).not.toHaveProperty('accessToken');
  });

  it('purges tokens expired for more than a day, across tenants, and keeps the rest', async () => {
    const tenant = await tenantWithEmployee();
    const old = await samlLogin(tenant);
    const rotated = (await refresh(old.refreshToken)).body as unknown as Pair;
    await identity.sql(
      `update refresh_tokens set expires_at = now() - interval '2 days'
       where tenant_id = $1 and saml_subject_hash is not null and used_at is not null`,
      [tenant.tenantId],
    );
    const purged = await identity.app.get(RefreshTokenPurger).purge();
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = await identity.sql<{ parent_id: string | null }>(
      'select parent_id from refresh_tokens where tenant_id = $1 and saml_subject_hash is not null',
      [tenant.tenantId],
    );
    expect(left).toEqual([{ parent_id: null }]);
    expect((await refresh(rotated.refreshToken)).status).toBe(200);
  });

  it('logout revokes the family', async () => {
    const tenant = await tenantWithEmployee();
    const pair = await samlLogin(tenant);
    const res = await fetch(`${identity.url}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: pair.refreshToken }),
    });
    expect(res.status).toBe(204);
    expect((await refresh(pair.refreshToken)).status).toBe(400);
  });

  it('single logout from the IdP revokes the families of that SAML session only', async () => {
    const tenant = await tenantWithEmployee();
    const ended = await samlLogin(tenant, '_session-ended');
    const other = await samlLogin(tenant, '_session-other');
    const xml = buildLogoutRequestXml({
      issuer: idp.entityId,
      destination: tenant.sloUrl,
      nameId: 'ada@corp.example',
      sessionIndex: '_session-ended',
    });
    const res = await identity.get(
      `/sso/${tenant.slug}/saml/slo?${idp.redirectQuery('SAMLRequest', xml, null)}`,
    );
    expect(res.status).toBe(303);
    expect(res.location!.startsWith(`${IDP_SLO_URL}?SAMLResponse=`)).toBe(true);
    expect((await refresh(ended.refreshToken)).status).toBe(400);
    expect((await refresh(other.refreshToken)).status).toBe(200);

    // The same LogoutRequest again is a replay: refused, logged, nothing else revoked.
    const again = await identity.get(
      `/sso/${tenant.slug}/saml/slo?${idp.redirectQuery('SAMLRequest', xml, null)}`,
    );
    expect(again.status).toBe(403);
    expect(
      identity.log.warnings.some(
        (w) =>
          (w.fields as Record<string, unknown>).code === 'SSO.REPLAYED' &&
          w.message === 'saml logout request rejected',
      ),
    ).toBe(true);
  });

  it('refuses an unsigned IdP LogoutRequest and revokes nothing', async () => {
    const tenant = await tenantWithEmployee();
    const pair = await samlLogin(tenant);
    const xml = buildLogoutRequestXml({
      issuer: idp.entityId,
      destination: tenant.sloUrl,
      nameId: 'ada@corp.example',
    });
    const res = await identity.get(
      `/sso/${tenant.slug}/saml/slo?${idp.redirectQuery('SAMLRequest', xml, null, null)}`,
    );
    expect(res.status).toBe(403);
    expect(res.location).toBeNull();
    expect((await refresh(pair.refreshToken)).status).toBe(200);
  });
});
