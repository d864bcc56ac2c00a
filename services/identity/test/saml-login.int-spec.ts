import { inflateRawSync } from 'node:zlib';
import { expectRejected, samlLoginScenario, validFields } from './support/saml-login-fixture';
import { createTestKeyPair } from './support/test-certificate';
import { encodeBase64, TestIdp } from './support/test-idp';
import { connectTestRedis, type TestRedis } from './support/test-redis';

const ENTRA_ATTRIBUTES = {
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'ada.lovelace@corp.example',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': 'Ada',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': 'Lovelace',
  department: 'Analytical Engines',
  employeeNumber: 'E-1815',
};

describe('SamlLoginService (real Redis)', () => {
  const idp = TestIdp.create();
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await connectTestRedis('identity-saml-login');
  });
  afterAll(async () => {
    await redis.close();
  });

  it('logs in SP-initiated: AuthnRequest id stored, response to it accepted and mapped', async () => {
    const scenario = samlLoginScenario(redis, idp);
    const { tenant, service } = scenario;
    const request = await service.createLoginRequest(tenant, 'rs-123');

    const url = new URL(request.redirectUrl);
    expect(`${url.origin}${url.pathname}`).toBe(tenant.idp.ssoUrl);
    expect(url.searchParams.get('RelayState')).toBe('rs-123');
    const authnRequest = inflateRawSync(
      Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64'),
    ).toString();
    expect(authnRequest).toContain(`ID="${request.requestId}"`);
    expect(authnRequest).toContain(`AssertionConsumerServiceURL="${tenant.sp.acsUrl}"`);
    const ttl = await redis.redis.pttl(`${redis.keyPrefix}req:{${tenant.tenantId}:${request.requestId}}`);
    expect(ttl).toBeGreaterThan(14 * 60_000);

    const xml = idp.response({
      ...validFields(tenant),
      inResponseTo: request.requestId,
      nameId: 'ada.lovelace@corp.example',
      sessionIndex: '_session-1',
      attributes: ENTRA_ATTRIBUTES,
    });
    const result = await service.validateResponse(tenant, encodeBase64(xml), 'rs-123');

    expect(result).toEqual({
      ok: true,
      profile: {
        issuer: idp.entityId,
        nameId: 'ada.lovelace@corp.example',
        nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
        email: 'ada.lovelace@corp.example',
        externalId: 'E-1815',
        firstName: 'Ada',
        lastName: 'Lovelace',
        displayName: null,
        department: 'Analytical Engines',
        sessionIndex: '_session-1',
      },
    });
    expect(scenario.logger.entries).toEqual([]);
  });

  it('accepts a signed response with an unsigned assertion when the tenant wants response signatures', async () => {
    const { tenant, service } = samlLoginScenario(redis, idp, {
      wantResponseSigned: true,
      wantAssertionsSigned: false,
    });
    const request = await service.createLoginRequest(tenant, null);
    const xml = idp.response({ ...validFields(tenant), inResponseTo: request.requestId }, 'response');

    const result = await service.validateResponse(tenant, encodeBase64(xml), null);

    expect(result.profile.email).toBe('ada@corp.example');
  });

  it('accepts a response signed at both levels', async () => {
    const { tenant, service } = samlLoginScenario(redis, idp, { wantResponseSigned: true });
    const request = await service.createLoginRequest(tenant, null);
    const xml = idp.response({ ...validFields(tenant), inResponseTo: request.requestId }, 'both');

    await expect(service.validateResponse(tenant, encodeBase64(xml), null)).resolves.toMatchObject({
      ok: true,
    });
  });

  it('accepts IdP-initiated login when the tenant enables it', async () => {
    const { tenant, service } = samlLoginScenario(redis, idp, { allowIdpInitiated: true });
    const xml = idp.response({ ...validFields(tenant), attributes: { email: 'grace@corp.example' } });

    const result = await service.validateResponse(tenant, encodeBase64(xml), 'https://app.example/home');

    expect(result.profile).toMatchObject({ email: 'grace@corp.example', externalId: null, department: null });
  });

  it('refuses IdP-initiated login when the tenant has not enabled it', async () => {
    const scenario = samlLoginScenario(redis, idp);
    const xml = idp.response(validFields(scenario.tenant));

    await expectRejected(
      scenario,
      scenario.service.validateResponse(scenario.tenant, encodeBase64(xml), null),
      'SSO.UNSOLICITED_RESPONSE',
      /not enabled/,
    );
  });

  it('verifies with any of several IdP certificates while the IdP rotates its key', async () => {
    const next = createTestKeyPair('next-idp-key');
    const { tenant, service } = samlLoginScenario(redis, idp, {
      signingCertificates: [idp.certificatePem, next.certificatePem],
      allowIdpInitiated: true,
    });
    const unsigned = idp.response(validFields(tenant), 'none');

    const result = await service.validateResponse(
      tenant,
      encodeBase64(idp.sign(unsigned, 'assertion', next)),
      null,
    );

    expect(result.ok).toBe(true);
  });

  it('maps attributes through a tenant-specific mapping', async () => {
    const { tenant, service } = samlLoginScenario(redis, idp, {
      allowIdpInitiated: true,
      attributeMapping: { email: 'corpMail', externalId: ['hrId'], department: 'orgUnit' },
    });
    const xml = idp.response({
      ...validFields(tenant),
      nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      nameId: 'opaque-7f3a',
      attributes: {
        corpMail: 'linus@corp.example',
        hrId: '42',
        orgUnit: 'Kernel',
        email: 'ignored@x.example',
      },
    });

    const result = await service.validateResponse(tenant, encodeBase64(xml), null);

    expect(result.profile).toMatchObject({
      nameId: 'opaque-7f3a',
      email: 'linus@corp.example',
      externalId: '42',
      department: 'Kernel',
    });
  });

  it('rejects a login without any email (attribute or emailAddress NameID)', async () => {
    const scenario = samlLoginScenario(redis, idp, { allowIdpInitiated: true });
    const xml = idp.response({
      ...validFields(scenario.tenant),
      nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      nameId: 'opaque-1',
    });

    await expectRejected(
      scenario,
      scenario.service.validateResponse(scenario.tenant, encodeBase64(xml), null),
      'SSO.MISSING_ATTRIBUTE',
    );
  });

  it('rejects a RelayState that differs from the one sent with the request', async () => {
    const scenario = samlLoginScenario(redis, idp);
    const request = await scenario.service.createLoginRequest(scenario.tenant, 'original');
    const xml = idp.response({ ...validFields(scenario.tenant), inResponseTo: request.requestId });

    await expectRejected(
      scenario,
      scenario.service.validateResponse(scenario.tenant, encodeBase64(xml), 'swapped'),
      'SSO.RELAY_STATE_MISMATCH',
    );
  });

  it('rejects an IdP error status with the status in the reason', async () => {
    const scenario = samlLoginScenario(redis, idp);
    const request = await scenario.service.createLoginRequest(scenario.tenant, null);
    const xml = idp.response({
      ...validFields(scenario.tenant),
      inResponseTo: request.requestId,
      statusCode: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
    });

    await expectRejected(
      scenario,
      scenario.service.validateResponse(scenario.tenant, encodeBase64(xml), null),
      'SSO.IDP_STATUS',
      /Responder/,
    );
  });

  it('keeps request ids apart per tenant', async () => {
    const first = samlLoginScenario(redis, idp);
    const second = samlLoginScenario(redis, idp);
    const request = await first.service.createLoginRequest(first.tenant, null);
    const xml = idp.response({ ...validFields(second.tenant), inResponseTo: request.requestId });

    await expectRejected(
      second,
      second.service.validateResponse(second.tenant, encodeBase64(xml), null),
      'SSO.UNKNOWN_REQUEST',
    );
  });
});
