import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { TestIdp } from '../../services/identity/test/support/test-idp';
import { Stack, startStack } from './stack';

const APP_URL = 'https://app.e2e.example/sso/callback';
const CONFIGURE = `mutation($input: ConfigureSamlConnectionInput!) {
  configureSamlConnection(input: $input) { acsUrl spEntityId } }`;
const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;

describe('SAML login end to end: test IdP → identity ACS → code → tokens → gateway', () => {
  const idp = TestIdp.create();
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack(['identity']);
  });
  afterAll(() => stack?.close());

  it('configures the SAML connection, logs in through the IdP and reads the employee through the gateway', async () => {
    const slug = `saml-${randomUUID().slice(0, 6)}`;
    const { adminToken } = await stack.createTenant(slug);
    const identityUrl = stack.services.identity!.url;

    const configured = await stack.query<{ configureSamlConnection: { acsUrl: string; spEntityId: string } }>(
      CONFIGURE,
      {
        input: {
          idpEntityId: idp.entityId,
          ssoUrl: 'https://idp.e2e.example/sso',
          signingCertificates: [idp.certificatePem],
          allowedRedirectUrls: [APP_URL],
        },
      },
      adminToken,
    );
    expect(configured.errors).toBeUndefined();
    const { acsUrl, spEntityId } = configured.data!.configureSamlConnection;
    const created = await stack.query<{ createEmployee: { id: string } }>(
      CREATE,
      { input: { email: 'ada@e2e.example', displayName: 'Ada Lovelace', timeZone: 'Europe/London' } },
      adminToken,
    );
    const employeeId = created.data!.createEmployee.id;

    // SP-initiated: identity sends the browser to the IdP with an AuthnRequest.
    const start = await fetch(
      `${identityUrl}/sso/${slug}/saml/login?redirect=${encodeURIComponent(APP_URL)}`,
      {
        redirect: 'manual',
      },
    );
    expect(start.status).toBe(303);
    const toIdp = new URL(start.headers.get('location')!);
    const authnRequest = inflateRawSync(
      Buffer.from(toIdp.searchParams.get('SAMLRequest')!, 'base64'),
    ).toString();
    const requestId = /\sID="([^"]+)"/.exec(authnRequest)![1];

    // The IdP posts its signed answer to the ACS; identity returns the browser to the app with a code.
    const response = idp.response({
      acsUrl,
      audience: spEntityId,
      inResponseTo: requestId,
      nameId: 'ada@e2e.example',
    });
    const acs = await fetch(`${identityUrl}/sso/${slug}/saml/acs`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        SAMLResponse: Buffer.from(response).toString('base64'),
        RelayState: toIdp.searchParams.get('RelayState')!,
      }).toString(),
    });
    expect(acs.status).toBe(303);
    const back = new URL(acs.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(APP_URL);

    const exchanged = await fetch(`${identityUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code', code: back.searchParams.get('code') }),
    });
    expect(exchanged.status).toBe(200);
    const { accessToken, refreshToken } = (await exchanged.json()) as {
      accessToken: string;
      refreshToken: string;
    };
    expect(refreshToken).toEqual(expect.any(String));

    const me = await stack.query<{ me: { id: string; email: string } }>(
      '{ me { id email } }',
      {},
      accessToken,
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({ id: employeeId, email: 'ada@e2e.example' });
  });
});
