import { randomUUID } from 'node:crypto';
import { createLocalJWKSet } from 'jose';
import { TokenVerifier } from '@mentormesh/auth';
import { APP_URL, SsoIdentity, SsoTenant, codeOf, startSsoIdentity } from './support/sso-identity';
import { TestIdp } from './support/test-idp';

const ME = `{ me { id email displayName department roles } }`;

describe('SAML login through the HTTP endpoints (real PostgreSQL, Redis, Kafka)', () => {
  const idp = TestIdp.create();
  let identity: SsoIdentity;

  beforeAll(async () => {
    identity = await startSsoIdentity();
  });
  afterAll(() => identity.close());

  async function tenantWithSaml(options: Record<string, unknown> = {}): Promise<SsoTenant> {
    const tenant = await identity.createTenant(`sso-${randomUUID().slice(0, 8)}`);
    await identity.configureSaml(tenant, idp, options);
    return tenant;
  }

  async function createEmployee(tenant: SsoTenant, email: string, externalId?: string): Promise<string> {
    const res = await identity.graphql<{ createEmployee: { id: string } }>(
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email, displayName: 'Ada Lovelace', timeZone: 'Europe/London', externalId } },
      tenant.adminToken,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createEmployee.id;
  }

  it('serves SP metadata with the entity id, ACS URL and SLO URL of the tenant', async () => {
    const tenant = await tenantWithSaml();
    const res = await identity.get(`/sso/${tenant.slug}/saml/metadata`);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`entityID="${tenant.audience}"`);
    expect(res.body).toContain(`Location="${tenant.acsUrl}"`);
    expect(res.body).toContain(`Location="${tenant.sloUrl}"`);
  });

  it('logs in SP-initiated: AuthnRequest, signed response, one-time code, tokens, then calls the API', async () => {
    const tenant = await tenantWithSaml();
    const employeeId = await createEmployee(tenant, 'ada@corp.example');
    const { requestId, relayState } = await identity.startLogin(tenant, APP_URL);
    const stored = await identity.log.warnings.length;

    const xml = idp.response({ acsUrl: tenant.acsUrl, audience: tenant.audience, inResponseTo: requestId });
    const acs = await identity.postAcs(tenant, xml, relayState);
    const code = codeOf(acs);
    expect(acs.location!.startsWith(`${APP_URL}?code=`)).toBe(true);
    expect(identity.log.warnings.length).toBe(stored);

    const exchanged = await identity.token({ grant_type: 'authorization_code', code });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(typeof exchanged.body.refreshToken).toBe('string');

    const accessToken = String(exchanged.body.accessToken);
    const jwks = (await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as never;
    const principal = await new TokenVerifier(createLocalJWKSet(jwks), {
      issuer: 'mentormesh-identity',
      audience: 'mentormesh',
    }).verify(accessToken);
    expect(principal).toMatchObject({ employeeId, tenantId: tenant.tenantId, roles: ['EMPLOYEE'] });
    const me = await identity.graphql<{ me: { id: string; email: string } }>(ME, {}, accessToken);
    expect(me.data?.me).toMatchObject({ id: employeeId, email: 'ada@corp.example' });

    // The code is single use.
    const again = await identity.token({ grant_type: 'authorization_code', code });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { code: 'AUTH.INVALID_GRANT', field: 'code' } });
  });

  it('finds the employee by the mapped employee id before the email', async () => {
    const tenant = await tenantWithSaml();
    const employeeId = await createEmployee(tenant, 'old-address@corp.example', 'E-1815');
    const xml = idp.response({
      acsUrl: tenant.acsUrl,
      audience: tenant.audience,
      nameId: 'new-address@corp.example',
      attributes: {
        'http://schemas.microsoft.com/ws/2008/06/identity/claims/employeeid': 'E-1815',
      },
    });
    await tenantAllowsIdpInitiated(tenant);
    const code = codeOf(await identity.postAcs(tenant, xml));
    const tokens = await identity.token({ grant_type: 'authorization_code', code });
    const me = await identity.graphql<{ me: { id: string } }>(ME, {}, String(tokens.body.accessToken));
    expect(me.data?.me.id).toBe(employeeId);
  });

  async function tenantAllowsIdpInitiated(tenant: SsoTenant, jit = false): Promise<void> {
    await identity.configureSaml(tenant, idp, { allowIdpInitiated: true, jitProvisioning: jit });
  }

  it('accepts an IdP-initiated login when allowed and returns to the default app URL', async () => {
    const tenant = await tenantWithSaml({ allowIdpInitiated: true });
    await createEmployee(tenant, 'ada@corp.example');
    const xml = idp.response({ acsUrl: tenant.acsUrl, audience: tenant.audience });
    const acs = await identity.postAcs(tenant, xml);
    expect(new URL(acs.location!).origin + new URL(acs.location!).pathname).toBe(APP_URL);
    codeOf(acs);
  });

  it('provisions an unknown but valid user just in time, through the outbox, with the default roles', async () => {
    const tenant = await tenantWithSaml({
      allowIdpInitiated: true,
      jitProvisioning: true,
      jitDefaultRoles: ['EMPLOYEE', 'MENTOR'],
    });
    const xml = idp.response({
      acsUrl: tenant.acsUrl,
      audience: tenant.audience,
      nameId: 'grace@corp.example',
      attributes: {
        givenName: 'Grace',
        surname: 'Hopper',
        department: 'Compilers',
        employeeNumber: 'E-1906',
      },
    });
    const code = codeOf(await identity.postAcs(tenant, xml));
    const tokens = await identity.token({ grant_type: 'authorization_code', code });
    const me = await identity.graphql<{ me: Record<string, unknown> }>(
      ME,
      {},
      String(tokens.body.accessToken),
    );
    expect(me.data?.me).toMatchObject({
      email: 'grace@corp.example',
      displayName: 'Grace Hopper',
      department: 'Compilers',
      roles: ['EMPLOYEE', 'MENTOR'],
    });
    const events = await identity.sql<{ event_type: string }>(
      'select event_type from outbox_events where tenant_id = $1 and message_key = $2',
      [tenant.tenantId, me.data!.me.id],
    );
    expect(events.map((e) => e.event_type)).toContain('employee.upserted');
  });
});
