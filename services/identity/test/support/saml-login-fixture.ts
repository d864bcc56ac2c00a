import { SamlLoginService } from '../../src/sso/saml-login.service';
import { RedisAssertionReplayStore } from '../../src/sso/redis-assertion-replay.store';
import { RedisSamlRequestStore } from '../../src/sso/redis-saml-request.store';
import type { SamlIdpSettingsInput, SamlTenant } from '../../src/sso/saml-settings';
import { SsoError } from '../../src/sso/sso.errors';
import { buildSamlTenant } from '../factories/saml-tenant.factory';
import { RecordingLogger } from './recording-logger';
import { encodeBase64, type TestIdp } from './test-idp';
import type { TestRedis } from './test-redis';

export interface SamlLoginScenario {
  readonly tenant: SamlTenant;
  readonly service: SamlLoginService;
  readonly logger: RecordingLogger;
  readonly requestStore: RedisSamlRequestStore;
}

/** A new tenant and a SamlLoginService on the real Redis stores, with a recording logger. */
export function samlLoginScenario(
  redis: TestRedis,
  idp: TestIdp,
  settings: Partial<SamlIdpSettingsInput> & { readonly tenantId?: string } = {},
): SamlLoginScenario {
  const logger = new RecordingLogger();
  const requestStore = new RedisSamlRequestStore(redis.redis, { keyPrefix: redis.keyPrefix });
  const replayStore = new RedisAssertionReplayStore(redis.redis, { keyPrefix: redis.keyPrefix });
  const service = new SamlLoginService(requestStore, replayStore, { logger });
  return { tenant: buildSamlTenant(idp, settings), service, logger, requestStore };
}

/** Fields for a Response that the scenario's tenant would accept (before the test breaks something). */
export function validFields(tenant: SamlTenant): { acsUrl: string; audience: string } {
  return { acsUrl: tenant.sp.acsUrl, audience: tenant.sp.entityId };
}

export interface SpInitiatedScenario extends SamlLoginScenario {
  readonly requestId: string;
  readonly fields: { readonly acsUrl: string; readonly audience: string; readonly inResponseTo: string };
}

/** SP-initiated scenario with an outstanding AuthnRequest: the usual starting point of an attack. */
export async function spInitiatedScenario(redis: TestRedis, idp: TestIdp): Promise<SpInitiatedScenario> {
  const scenario = samlLoginScenario(redis, idp);
  const { requestId } = await scenario.service.createLoginRequest(scenario.tenant, null);
  return { ...scenario, requestId, fields: { ...validFields(scenario.tenant), inResponseTo: requestId } };
}

/** Posts a Response (XML) to the scenario's ACS without RelayState. */
export function submit(scenario: SamlLoginScenario, xml: string): Promise<unknown> {
  return scenario.service.validateResponse(scenario.tenant, encodeBase64(xml), null);
}

/**
 * Awaits a rejection and checks: an SsoError with that code, a reason, no profile, and a
 * warning logged with code and reason that contains neither the SAML payload nor its XML.
 */
export async function expectRejected(
  scenario: SamlLoginScenario,
  attempt: Promise<unknown>,
  code: string,
  reason?: RegExp,
  payload?: string,
): Promise<SsoError> {
  const outcome = await attempt.then(
    (value: unknown) => ({ accepted: true as const, value }),
    (error: unknown) => ({ accepted: false as const, error }),
  );
  if (outcome.accepted) throw new Error(`expected ${code}, but the response was accepted`);
  const error = outcome.error;
  if (!(error instanceof SsoError)) throw error;
  expect(error.code).toBe(code);
  expect(error.reason.length).toBeGreaterThan(0);
  if (reason) expect(error.reason).toMatch(reason);
  const warning = scenario.logger.entries.at(-1);
  expect(warning?.message).toBe('saml response rejected');
  expect(warning?.fields).toEqual({ tenantId: scenario.tenant.tenantId, code, reason: error.reason });
  const logged = JSON.stringify(scenario.logger.entries);
  expect(logged).not.toMatch(/<saml|<samlp|<ds:/);
  if (payload) expect(logged).not.toContain(payload.slice(0, 40));
  return error;
}
