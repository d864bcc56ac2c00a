import { randomUUID } from 'node:crypto';
import { buildSamlResponseXml } from './support/build-saml-response-xml';
import {
  addElementWithAssertionId,
  addEvilAssertionBeside,
  extractAssertion,
  injectComment,
  moveSignedAssertionIntoExtensions,
  moveSignedAssertionIntoSignatureObject,
  prependEvilAssertionWithSameId,
} from './support/saml-attacks';
import { createTestKeyPair } from './support/test-certificate';
import { TestIdp } from './support/test-idp';
import {
  APP_URL,
  HttpOutcome,
  SsoIdentity,
  SsoTenant,
  codeOf,
  startSsoIdentity,
} from './support/sso-identity';

const MINUTE = 60_000;

interface Pending {
  readonly tenant: SsoTenant;
  readonly requestId: string;
  readonly relayState: string;
  readonly fields: { acsUrl: string; audience: string; inResponseTo: string };
}

describe('the ACS endpoint refuses every attack with a logged reason and no code (real PostgreSQL, Redis)', () => {
  const idp = TestIdp.create();
  const attackerKeys = createTestKeyPair('attacker');
  let identity: SsoIdentity;

  beforeAll(async () => {
    identity = await startSsoIdentity();
  });
  afterAll(() => identity.close());

  async function tenantWithSaml(options: Record<string, unknown> = {}): Promise<SsoTenant> {
    const tenant = await identity.createTenant(`atk-${randomUUID().slice(0, 8)}`);
    await identity.configureSaml(tenant, idp, options);
    await identity.graphql(
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email: 'ada@corp.example', displayName: 'Ada', timeZone: 'Europe/London' } },
      tenant.adminToken,
    );
    return tenant;
  }

  /** A tenant with an outstanding AuthnRequest, as an attacker who intercepts the flow would find it. */
  async function pending(options: Record<string, unknown> = {}): Promise<Pending> {
    const tenant = await tenantWithSaml(options);
    const { requestId, relayState } = await identity.startLogin(tenant, APP_URL);
    return {
      tenant,
      requestId,
      relayState,
      fields: { acsUrl: tenant.acsUrl, audience: tenant.audience, inResponseTo: requestId },
    };
  }

  function evilAssertion(p: Pending): string {
    return extractAssertion(
      buildSamlResponseXml({ ...p.fields, issuer: idp.entityId, nameId: 'admin@corp.example' }),
    );
  }

  /** 4xx, no code anywhere, and a warning naming this tenant with the expected code and a reason. */
  function expectRefused(tenant: SsoTenant, outcome: HttpOutcome, code: string, status = 403): void {
    expect(outcome.status).toBe(status);
    expect(outcome.location).toBeNull();
    expect(outcome.body).not.toMatch(/code=|accessToken|refreshToken/);
    expect(JSON.parse(outcome.body)).toMatchObject({ error: { code } });
    const warning = identity.log.warnings
      .map((w) => w as { fields: Record<string, unknown>; message: string })
      .filter((w) => w.fields.tenantId === tenant.tenantId && w.fields.code === code)
      .at(-1);
    expect(warning?.message).toMatch(/^saml (response rejected|login refused)$/);
    expect(String(warning?.fields.reason).length).toBeGreaterThan(0);
    expect(JSON.stringify(identity.log.warnings)).not.toMatch(/<saml|<samlp|<ds:/);
  }

  it('refuses an unsigned assertion', async () => {
    const p = await pending();
    const outcome = await identity.postAcs(p.tenant, idp.response(p.fields, 'none'), p.relayState);
    expectRefused(p.tenant, outcome, 'SSO.INVALID_SIGNATURE');
  });

  it('refuses an assertion signed by another key', async () => {
    const p = await pending();
    const xml = idp.sign(idp.response(p.fields, 'none'), 'assertion', attackerKeys);
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.INVALID_SIGNATURE');
  });

  it.each([
    ['an evil assertion beside the signed one', addEvilAssertionBeside],
    ['the signed assertion moved into Extensions', moveSignedAssertionIntoExtensions],
    ['the signed assertion moved into a ds:Object', moveSignedAssertionIntoSignatureObject],
    ['an evil assertion reusing the signed ID', prependEvilAssertionWithSameId],
    ['another element reusing the assertion ID', (signed: string) => addElementWithAssertionId(signed)],
  ] as const)('refuses XML signature wrapping: %s', async (_name, wrap) => {
    const p = await pending();
    const xml = wrap(idp.response(p.fields), evilAssertion(p));
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.MALFORMED', 400);
  });

  it('does not sign in the account named before an injected NameID comment', async () => {
    const p = await pending();
    await identity.graphql(
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      { input: { email: 'boss@corp.example', displayName: 'Boss', timeZone: 'Europe/London' } },
      p.tenant.adminToken,
    );
    const forged = 'boss@corp.example.evil.example';
    const signed = idp.response({ ...p.fields, nameId: forged, attributes: { email: forged } });
    const xml = injectComment(signed, forged, 'boss@corp.example'.length);
    expect(xml).toContain('boss@corp.example<!---->.evil.example</saml:NameID>');
    const outcome = await identity.postAcs(p.tenant, xml, p.relayState);
    expectRefused(p.tenant, outcome, 'SSO.UNKNOWN_EMPLOYEE');
  });

  it('refuses an expired assertion', async () => {
    const p = await pending();
    const past = new Date(Date.now() - 10 * MINUTE);
    const xml = idp.response({ ...p.fields, notOnOrAfter: past, subjectNotOnOrAfter: past });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.EXPIRED');
  });

  it('refuses an assertion that is not yet valid', async () => {
    const p = await pending();
    const xml = idp.response({ ...p.fields, notBefore: new Date(Date.now() + 10 * MINUTE) });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.NOT_YET_VALID');
  });

  it('refuses a wrong audience', async () => {
    const p = await pending();
    const xml = idp.response({ ...p.fields, audience: 'https://other-sp.example/metadata' });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.AUDIENCE_MISMATCH');
  });

  it('refuses a wrong recipient', async () => {
    const p = await pending();
    const xml = idp.response({ ...p.fields, recipient: 'https://other-sp.example/acs' });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.RECIPIENT_MISMATCH');
  });

  it('refuses a replayed response (SP-initiated) and a replayed assertion (IdP-initiated)', async () => {
    const p = await pending({ allowIdpInitiated: true });
    const xml = idp.response(p.fields);
    codeOf(await identity.postAcs(p.tenant, xml, p.relayState));
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.REPLAYED');

    const unsolicited = idp.response({ acsUrl: p.tenant.acsUrl, audience: p.tenant.audience });
    codeOf(await identity.postAcs(p.tenant, unsolicited));
    expectRefused(p.tenant, await identity.postAcs(p.tenant, unsolicited), 'SSO.REPLAYED');
  });

  it('refuses a response to a request we never sent', async () => {
    const p = await pending();
    const xml = idp.response({ ...p.fields, inResponseTo: '_never-sent-0123456789' });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.UNKNOWN_REQUEST');
  });

  it('refuses an IdP-initiated response when the tenant does not allow it', async () => {
    const p = await pending();
    const xml = idp.response({ acsUrl: p.tenant.acsUrl, audience: p.tenant.audience });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml), 'SSO.UNSOLICITED_RESPONSE');
  });

  it.each([
    ['an external entity (XXE)', '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ['a bare DOCTYPE', '<!DOCTYPE samlp:Response>'],
  ])('refuses XML with %s', async (_name, doctype) => {
    const p = await pending();
    const xml = `<?xml version="1.0"?>${doctype}${idp.response(p.fields)}`;
    expectRefused(p.tenant, await identity.postAcs(p.tenant, xml, p.relayState), 'SSO.DTD_FORBIDDEN', 400);
  });

  it("refuses tenant A's response posted to tenant B's ACS, even when both trust the same IdP", async () => {
    const a = await pending();
    const b = await tenantWithSaml({ allowIdpInitiated: true });
    const response = idp.response(a.fields);
    expectRefused(b, await identity.postAcs(b, response, a.relayState), 'SSO.REDIRECT_NOT_ALLOWED');
    expectRefused(b, await identity.postAcs(b, response), 'SSO.RECIPIENT_MISMATCH');
    // Tenant A still accepts its own, untouched response.
    codeOf(await identity.postAcs(a.tenant, response, a.relayState));
  });

  it('refuses a redirect or RelayState outside the allow-list', async () => {
    const tenant = await tenantWithSaml({ allowIdpInitiated: true });
    const start = await identity.get(
      `/sso/${tenant.slug}/saml/login?redirect=${encodeURIComponent('https://evil.example/steal')}`,
    );
    expectRefused(tenant, start, 'SSO.REDIRECT_NOT_ALLOWED');
    const xml = idp.response({ acsUrl: tenant.acsUrl, audience: tenant.audience });
    const acs = await identity.postAcs(tenant, xml, 'https://evil.example/steal');
    expectRefused(tenant, acs, 'SSO.REDIRECT_NOT_ALLOWED');
  });

  it('refuses an inactive employee and an unknown one when JIT provisioning is off', async () => {
    const p = await pending({ allowIdpInitiated: true });
    const unknown = idp.response({ ...p.fields, nameId: 'stranger@corp.example' });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, unknown, p.relayState), 'SSO.UNKNOWN_EMPLOYEE');

    await identity.sql(`update employees set status = 'INACTIVE' where tenant_id = $1 and email = $2`, [
      p.tenant.tenantId,
      'ada@corp.example',
    ]);
    const inactive = idp.response({ acsUrl: p.tenant.acsUrl, audience: p.tenant.audience });
    expectRefused(p.tenant, await identity.postAcs(p.tenant, inactive), 'SSO.EMPLOYEE_INACTIVE');
  });

  it('answers 404 for a tenant without an enabled connection', async () => {
    const tenant = await tenantWithSaml();
    const disabled = await identity.graphql(
      `mutation { disableSamlConnection { enabled } }`,
      {},
      tenant.adminToken,
    );
    expect(disabled.data).toEqual({ disableSamlConnection: { enabled: false } });
    const outcome = await identity.postAcs(
      tenant,
      idp.response({ acsUrl: tenant.acsUrl, audience: tenant.audience }),
    );
    expect(outcome.status).toBe(404);
    expect(outcome.location).toBeNull();
    expect((await identity.get(`/sso/no-such-tenant/saml/metadata`)).status).toBe(404);
  });
});
