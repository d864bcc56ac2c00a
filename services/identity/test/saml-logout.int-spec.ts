import { inflateRawSync } from 'node:zlib';
import { ConsumedRequestCache } from '../src/sso/consumed-request.cache';
import { createSamlClient } from '../src/sso/create-saml-client';
import { RedisAssertionReplayStore } from '../src/sso/redis-assertion-replay.store';
import { RedisSamlRequestStore } from '../src/sso/redis-saml-request.store';
import { SamlLogoutService } from '../src/sso/saml-logout.service';
import type { SamlIdpSettingsInput, SamlTenant } from '../src/sso/saml-settings';
import { SsoError } from '../src/sso/sso.errors';
import { buildSamlTenant } from './factories/saml-tenant.factory';
import { buildLogoutRequestXml, buildLogoutResponseXml } from './support/build-logout-xml';
import { randomSamlId } from './support/build-saml-response-xml';
import { RecordingLogger } from './support/recording-logger';
import { createTestKeyPair } from './support/test-certificate';
import { encodeBase64, TestIdp } from './support/test-idp';
import { connectTestRedis, type TestRedis } from './support/test-redis';

const SUBJECT = { nameId: 'ada@corp.example', nameIdFormat: null, sessionIndex: '_session-9' };

describe('SamlLogoutService (real Redis)', () => {
  const idp = TestIdp.create();
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await connectTestRedis('identity-saml-logout');
  });
  afterAll(async () => {
    await redis.close();
  });

  function scenario(settings: Partial<SamlIdpSettingsInput> = {}): {
    tenant: SamlTenant;
    service: SamlLogoutService;
    logger: RecordingLogger;
  } {
    const logger = new RecordingLogger();
    const service = new SamlLogoutService(
      new RedisSamlRequestStore(redis.redis, { keyPrefix: redis.keyPrefix }),
      new RedisAssertionReplayStore(redis.redis, { keyPrefix: redis.keyPrefix }),
      { logger },
    );
    return { tenant: buildSamlTenant(idp, settings), service, logger };
  }

  async function rejection(attempt: Promise<unknown>, logger: RecordingLogger): Promise<SsoError> {
    const error = await attempt.then(
      () => new Error('expected a rejection'),
      (e: unknown) => e,
    );
    if (!(error instanceof SsoError)) throw error;
    expect(logger.entries.at(-1)?.fields).toMatchObject({ code: error.code, reason: error.reason });
    return error;
  }

  function logoutResponseQuery(tenant: SamlTenant, inResponseTo: string, relayState: string | null): string {
    const xml = buildLogoutResponseXml({
      issuer: idp.entityId,
      destination: tenant.sp.sloUrl ?? '',
      inResponseTo,
    });
    return idp.redirectQuery('SAMLResponse', xml, relayState);
  }

  it('sends a LogoutRequest to the IdP SLO URL and accepts its signed LogoutResponse', async () => {
    const { tenant, service } = scenario();
    const request = await service.createLogoutRequest(tenant, SUBJECT, 'bye-1');

    const url = new URL(request.redirectUrl);
    expect(`${url.origin}${url.pathname}`).toBe(tenant.idp.sloUrl);
    const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString();
    expect(xml).toContain(`ID="${request.requestId}"`);
    expect(xml).toContain('>ada@corp.example</saml:NameID>');
    expect(xml).toContain('>_session-9<');

    const rawQuery = logoutResponseQuery(tenant, request.requestId, 'bye-1');
    await expect(service.validateLogoutResponse(tenant, { binding: 'redirect', rawQuery })).resolves.toEqual({
      ok: true,
      relayState: 'bye-1',
    });
    const again = service.validateLogoutResponse(tenant, { binding: 'redirect', rawQuery });
    await expect(again).rejects.toMatchObject({ code: 'SSO.REPLAYED' });
  });

  it('rejects an unsigned redirect-binding LogoutResponse (node-saml alone would accept it)', async () => {
    const { tenant, service, logger } = scenario();
    const { requestId } = await service.createLogoutRequest(tenant, SUBJECT, null);
    const xml = buildLogoutResponseXml({
      issuer: idp.entityId,
      destination: tenant.sp.sloUrl ?? '',
      inResponseTo: requestId,
    });
    const rawQuery = idp.redirectQuery('SAMLResponse', xml, null, null);

    const error = await rejection(
      service.validateLogoutResponse(tenant, { binding: 'redirect', rawQuery }),
      logger,
    );
    expect(error.code).toBe('SSO.INVALID_SIGNATURE');

    const bare = createSamlClient(tenant, {
      cacheProvider: new ConsumedRequestCache(requestId, new Date().toISOString()),
      validateInResponseTo: 'always',
      requestTtlMs: 60_000,
    });
    const parameters = Object.fromEntries(new URLSearchParams(rawQuery));
    await expect(bare.validateRedirectAsync(parameters, rawQuery)).resolves.toMatchObject({
      loggedOut: true,
    });
  });

  it('rejects a LogoutResponse signed by another key', async () => {
    const { tenant, service, logger } = scenario();
    const { requestId } = await service.createLogoutRequest(tenant, SUBJECT, null);
    const xml = buildLogoutResponseXml({
      issuer: idp.entityId,
      destination: tenant.sp.sloUrl ?? '',
      inResponseTo: requestId,
    });
    const rawQuery = idp.redirectQuery('SAMLResponse', xml, null, createTestKeyPair('attacker'));

    const error = await rejection(
      service.validateLogoutResponse(tenant, { binding: 'redirect', rawQuery }),
      logger,
    );
    expect(error.code).toBe('SSO.INVALID_SIGNATURE');
  });

  it('rejects a LogoutResponse to a request we never sent', async () => {
    const { tenant, service, logger } = scenario();
    const rawQuery = logoutResponseQuery(tenant, randomSamlId(), null);

    const error = await rejection(
      service.validateLogoutResponse(tenant, { binding: 'redirect', rawQuery }),
      logger,
    );
    expect(error.code).toBe('SSO.UNKNOWN_REQUEST');
  });

  it('rejects a LogoutResponse whose status is not Success', async () => {
    const { tenant, service, logger } = scenario();
    const { requestId } = await service.createLogoutRequest(tenant, SUBJECT, null);
    const xml = buildLogoutResponseXml({
      issuer: idp.entityId,
      destination: tenant.sp.sloUrl ?? '',
      inResponseTo: requestId,
      statusCode: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
    });
    const message = encodeBase64(idp.signRoot(xml));

    const error = await rejection(
      service.validateLogoutResponse(tenant, { binding: 'post', message, relayState: null }),
      logger,
    );
    expect(error.code).toBe('SSO.IDP_STATUS');
  });

  it('accepts a signed IdP-initiated LogoutRequest over HTTP-POST once, and answers it', async () => {
    const { tenant, service, logger } = scenario();
    const id = randomSamlId();
    const xml = buildLogoutRequestXml({
      id,
      issuer: idp.entityId,
      destination: tenant.sp.sloUrl ?? '',
      nameId: 'ada@corp.example',
      sessionIndex: '_session-9',
    });
    const message = { binding: 'post' as const, message: encodeBase64(idp.signRoot(xml)), relayState: 'r' };

    const result = await service.validateLogoutRequest(tenant, message);

    expect(result).toMatchObject({
      ok: true,
      requestId: id,
      nameId: 'ada@corp.example',
      sessionIndex: '_session-9',
    });
    const answer = new URL(result.logoutResponseUrl);
    expect(`${answer.origin}${answer.pathname}`).toBe(tenant.idp.sloUrl);
    const response = inflateRawSync(
      Buffer.from(answer.searchParams.get('SAMLResponse') ?? '', 'base64'),
    ).toString();
    expect(response).toContain(`InResponseTo="${id}"`);
    expect((await rejection(service.validateLogoutRequest(tenant, message), logger)).code).toBe(
      'SSO.REPLAYED',
    );
  });

  it('accepts a signed IdP-initiated LogoutRequest over HTTP-Redirect and rejects an unsigned one', async () => {
    const { tenant, service, logger } = scenario();
    const build = (): string =>
      buildLogoutRequestXml({
        issuer: idp.entityId,
        destination: tenant.sp.sloUrl ?? '',
        nameId: 'ada@corp.example',
      });

    const signed = idp.redirectQuery('SAMLRequest', build(), null);
    await expect(
      service.validateLogoutRequest(tenant, { binding: 'redirect', rawQuery: signed }),
    ).resolves.toMatchObject({
      ok: true,
      nameId: 'ada@corp.example',
    });
    const unsigned = idp.redirectQuery('SAMLRequest', build(), null, null);
    const error = await rejection(
      service.validateLogoutRequest(tenant, { binding: 'redirect', rawQuery: unsigned }),
      logger,
    );
    expect(error.code).toBe('SSO.INVALID_SIGNATURE');
  });

  it('rejects an unsigned HTTP-POST LogoutRequest and one with a DOCTYPE', async () => {
    const { tenant, service, logger } = scenario();
    const xml = buildLogoutRequestXml({
      issuer: idp.entityId,
      destination: tenant.sp.sloUrl ?? '',
      nameId: 'a@b.example',
    });

    const unsigned = service.validateLogoutRequest(tenant, {
      binding: 'post',
      message: encodeBase64(xml),
      relayState: null,
    });
    expect((await rejection(unsigned, logger)).code).toBe('SSO.INVALID_SIGNATURE');
    const withDtd = encodeBase64(
      `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${idp.signRoot(xml)}`,
    );
    const dtd = service.validateLogoutRequest(tenant, {
      binding: 'post',
      message: withDtd,
      relayState: null,
    });
    expect((await rejection(dtd, logger)).code).toBe('SSO.DTD_FORBIDDEN');
  });

  it('refuses single logout when the IdP has no SLO URL', async () => {
    const { tenant, service } = scenario({ sloUrl: undefined });
    await expect(service.createLogoutRequest(tenant, SUBJECT, null)).rejects.toMatchObject({
      code: 'SSO.SLO_NOT_CONFIGURED',
    });
  });
});
