import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  APP_URL,
  IDP_SLO_URL,
  IDP_SSO_URL,
  SsoIdentity,
  SsoTenant,
  startSsoIdentity,
} from './support/sso-identity';
import { TestIdp } from './support/test-idp';

const CONNECTION = `{ samlConnection { tenantId idpEntityId ssoUrl sloUrl signingCertificates enabled
  allowIdpInitiated jitProvisioning jitDefaultRoles allowedRedirectUrls spEntityId acsUrl spSloUrl metadataUrl
  attributeMapping { email externalId firstName lastName displayName department } } }`;
const CONFIGURE = `mutation($input: ConfigureSamlConnectionInput!) { configureSamlConnection(input: $input) { idpEntityId enabled } }`;
const IMPORT = `mutation($xml: String!, $options: SamlConnectionOptionsInput) {
  importSamlIdpMetadata(xml: $xml, options: $options) { idpEntityId ssoUrl sloUrl signingCertificates jitProvisioning } }`;

type GraphqlErrors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

describe('SAML connection setup through GraphQL (ORG_ADMIN only, tenant-isolated)', () => {
  const idp = TestIdp.create();
  let identity: SsoIdentity;

  beforeAll(async () => {
    identity = await startSsoIdentity();
  });
  afterAll(() => identity.close());

  const newTenant = (): Promise<SsoTenant> => identity.createTenant(`cfg-${randomUUID().slice(0, 8)}`);

  function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      idpEntityId: idp.entityId,
      ssoUrl: IDP_SSO_URL,
      signingCertificates: [idp.certificatePem],
      allowedRedirectUrls: [APP_URL],
      ...overrides,
    };
  }

  function expectBadInput(errors: GraphqlErrors, field: string): void {
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }

  it('configures a connection and shows what the IdP needs, with Entra/Okta attribute defaults', async () => {
    const tenant = await newTenant();
    expect((await identity.graphql(CONNECTION, {}, tenant.adminToken)).data).toEqual({
      samlConnection: null,
    });

    const res = await identity.graphql(
      CONFIGURE,
      { input: input({ sloUrl: IDP_SLO_URL }) },
      tenant.adminToken,
    );
    expect(res.errors).toBeUndefined();
    const { data } = await identity.graphql<{ samlConnection: Record<string, unknown> }>(
      CONNECTION,
      {},
      tenant.adminToken,
    );
    expect(data?.samlConnection).toMatchObject({
      tenantId: tenant.tenantId,
      idpEntityId: idp.entityId,
      sloUrl: IDP_SLO_URL,
      enabled: true,
      allowIdpInitiated: false,
      jitProvisioning: false,
      jitDefaultRoles: ['EMPLOYEE'],
      spEntityId: tenant.audience,
      metadataUrl: tenant.audience,
      acsUrl: tenant.acsUrl,
      spSloUrl: tenant.sloUrl,
    });
    const mapping = data!.samlConnection.attributeMapping as Record<string, string[]>;
    expect(mapping.email).toContain('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress');
    expect(mapping.externalId).toContain(
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/employeeid',
    );
    expect(mapping.firstName).toContain('firstName');
  });

  it('keeps a per-tenant attribute mapping override for one field', async () => {
    const tenant = await newTenant();
    await identity.graphql(
      CONFIGURE,
      { input: input({ attributeMapping: { email: ['corpMail'] } }) },
      tenant.adminToken,
    );
    const { data } = await identity.graphql<{
      samlConnection: { attributeMapping: Record<string, string[]> };
    }>(CONNECTION, {}, tenant.adminToken);
    expect(data?.samlConnection.attributeMapping.email).toEqual(['corpMail']);
    expect(data?.samlConnection.attributeMapping.lastName).toContain('surname');
  });

  it('names the bad field and writes nothing', async () => {
    const tenant = await newTenant();
    const badCert = await identity.graphql(
      CONFIGURE,
      { input: input({ signingCertificates: ['not a certificate'] }) },
      tenant.adminToken,
    );
    expectBadInput(badCert.errors, 'signingCertificates[0]');
    const badUrl = await identity.graphql(
      CONFIGURE,
      { input: input({ ssoUrl: 'ftp://x' }) },
      tenant.adminToken,
    );
    expectBadInput(badUrl.errors, 'ssoUrl');
    const badRole = await identity.graphql(
      CONFIGURE,
      { input: input({ jitDefaultRoles: ['SUPERUSER'] }) },
      tenant.adminToken,
    );
    expectBadInput(badRole.errors, 'jitDefaultRoles');
    expect((await identity.graphql(CONNECTION, {}, tenant.adminToken)).data).toEqual({
      samlConnection: null,
    });
  });

  it('imports IdP metadata; bad metadata is a validation error on xml and changes nothing', async () => {
    const tenant = await newTenant();
    const imported = await identity.graphql<{ importSamlIdpMetadata: Record<string, unknown> }>(
      IMPORT,
      { xml: idp.metadata(IDP_SSO_URL, IDP_SLO_URL), options: { jitProvisioning: true } },
      tenant.adminToken,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importSamlIdpMetadata).toMatchObject({
      idpEntityId: idp.entityId,
      ssoUrl: IDP_SSO_URL,
      sloUrl: IDP_SLO_URL,
      jitProvisioning: true,
    });
    expect((imported.data!.importSamlIdpMetadata.signingCertificates as string[])[0]).toContain(
      'BEGIN CERTIFICATE',
    );

    const other = TestIdp.create('https://other-idp.example/metadata');
    const noIdp = '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>';
    const withDtd = `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${other.metadata(IDP_SSO_URL)}`;
    for (const xml of [noIdp, withDtd, 'not xml at all']) {
      const res = await identity.graphql(IMPORT, { xml }, tenant.adminToken);
      expectBadInput(res.errors, 'xml');
    }
    const after = await identity.graphql<{ samlConnection: { idpEntityId: string } }>(
      CONNECTION,
      {},
      tenant.adminToken,
    );
    expect(after.data?.samlConnection.idpEntityId).toBe(idp.entityId);
  });

  it('refuses non-admins on the query and every mutation', async () => {
    const tenant = await newTenant();
    await identity.graphql(
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email: 'emp@corp.example', displayName: 'Emp', timeZone: 'Europe/London' } },
      tenant.adminToken,
    );
    const res = await fetch(`${identity.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: tenant.slug, email: 'emp@corp.example' }),
    });
    const employeeToken = ((await res.json()) as { accessToken: string }).accessToken;
    for (const [query, variables] of [
      [CONNECTION, {}],
      [CONFIGURE, { input: input() }],
      [IMPORT, { xml: idp.metadata(IDP_SSO_URL) }],
      ['mutation { disableSamlConnection { enabled } }', {}],
    ] as const) {
      const outcome = await identity.graphql(query, variables, employeeToken);
      expect(outcome.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await identity.graphql(CONNECTION, {}, tenant.adminToken)).data).toEqual({
      samlConnection: null,
    });
  });

  it("keeps each tenant's connection to itself, through GraphQL and in SQL as the service role", async () => {
    const a = await newTenant();
    const b = await newTenant();
    await identity.graphql(CONFIGURE, { input: input() }, a.adminToken);
    expect((await identity.graphql(CONNECTION, {}, b.adminToken)).data).toEqual({ samlConnection: null });

    const client = new Client({ connectionString: identity.database.appUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [b.tenantId]);
      const seen = await client.query('select tenant_id from saml_connections');
      expect(seen.rows).toEqual([]);
      const updated = await client.query('update saml_connections set enabled = false where tenant_id = $1', [
        a.tenantId,
      ]);
      expect(updated.rowCount).toBe(0);
      await expect(
        client.query(
          `insert into saml_connections (tenant_id, idp_entity_id, sso_url, signing_certificates) values ($1, 'x', 'https://x', '{c}')`,
          [a.tenantId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');
      const tokens = await client.query('select count(*)::int as n from refresh_tokens');
      expect(tokens.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
