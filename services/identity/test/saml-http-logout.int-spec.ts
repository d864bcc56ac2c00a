import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { buildLogoutResponseXml } from './support/build-logout-xml';
import {
  APP_URL,
  IDP_SLO_URL,
  SsoIdentity,
  SsoTenant,
  codeOf,
  startSsoIdentity,
} from './support/sso-identity';
import { TestIdp } from './support/test-idp';

describe('SP-initiated single logout through the HTTP endpoints (real PostgreSQL, Redis)', () => {
  const idp = TestIdp.create();
  let identity: SsoIdentity;

  beforeAll(async () => {
    identity = await startSsoIdentity();
  });
  afterAll(() => identity.close());

  async function loggedIn(
    options: Record<string, unknown> = {},
  ): Promise<{ tenant: SsoTenant; refreshToken: string }> {
    const tenant = await identity.createTenant(`slo-${randomUUID().slice(0, 8)}`);
    await identity.configureSaml(tenant, idp, { allowIdpInitiated: true, ...options });
    await identity.graphql(
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email: 'ada@corp.example', displayName: 'Ada', timeZone: 'Europe/London' } },
      tenant.adminToken,
    );
    const xml = idp.response({ acsUrl: tenant.acsUrl, audience: tenant.audience, sessionIndex: '_s-1' });
    const code = codeOf(await identity.postAcs(tenant, xml));
    const tokens = await identity.token({ grant_type: 'authorization_code', code });
    return { tenant, refreshToken: String(tokens.body.refreshToken) };
  }

  async function startLogout(
    tenant: SsoTenant,
    refreshToken: string,
    redirect = APP_URL,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${identity.url}/sso/${tenant.slug}/saml/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: refreshToken, redirect }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  const refreshStatus = async (refreshToken: string): Promise<number> =>
    (await identity.token({ grant_type: 'refresh_token', refresh_token: refreshToken })).status;

  it('revokes the session, sends a LogoutRequest to the IdP, and returns to the app on its answer', async () => {
    const { tenant, refreshToken } = await loggedIn();
    const started = await startLogout(tenant, refreshToken);
    expect(started.status).toBe(200);
    const toIdp = new URL(String(started.body.redirectUrl));
    expect(`${toIdp.origin}${toIdp.pathname}`).toBe(IDP_SLO_URL);
    const request = inflateRawSync(Buffer.from(toIdp.searchParams.get('SAMLRequest')!, 'base64')).toString();
    expect(request).toContain('>ada@corp.example</saml:NameID>');
    expect(request).toMatch(/SessionIndex[^>]*>_s-1</);
    expect(await refreshStatus(refreshToken)).toBe(400);

    const requestId = /\sID="([^"]+)"/.exec(request)![1];
    const answer = buildLogoutResponseXml({
      issuer: idp.entityId,
      destination: tenant.sloUrl,
      inResponseTo: requestId,
    });
    const query = idp.redirectQuery('SAMLResponse', answer, toIdp.searchParams.get('RelayState'));
    const back = await identity.get(`/sso/${tenant.slug}/saml/slo?${query}`);
    expect(back.status).toBe(303);
    expect(back.location).toBe(APP_URL);

    const replay = await identity.get(`/sso/${tenant.slug}/saml/slo?${query}`);
    expect(replay.status).toBe(403);
    expect(JSON.parse(replay.body)).toMatchObject({ error: { code: 'SSO.REPLAYED' } });
    expect(
      identity.log.warnings.some(
        (w) =>
          w.message === 'saml logout response rejected' &&
          (w.fields as Record<string, unknown>).tenantId === tenant.tenantId,
      ),
    ).toBe(true);
  });

  it('only revokes when the IdP has no SLO URL, and returns to the app directly', async () => {
    const { tenant, refreshToken } = await loggedIn({ sloUrl: undefined });
    const started = await startLogout(tenant, refreshToken);
    expect(started).toEqual({ status: 200, body: { redirectUrl: APP_URL } });
    expect(await refreshStatus(refreshToken)).toBe(400);
  });

  it('refuses a redirect outside the allow-list and keeps the session', async () => {
    const { tenant, refreshToken } = await loggedIn();
    const started = await startLogout(tenant, refreshToken, 'https://evil.example/');
    expect(started.status).toBe(403);
    expect(started.body).toMatchObject({ error: { code: 'SSO.REDIRECT_NOT_ALLOWED' } });
    expect(await refreshStatus(refreshToken)).toBe(200);
  });
});
