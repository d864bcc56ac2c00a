import type { SAML } from '@node-saml/node-saml';
import type { AssertionReplayStore } from './assertion-replay.store';
import { checkSignedAssertion } from './check-signed-assertion';
import { ConsumedRequestCache } from './consumed-request.cache';
import { createSamlClient } from './create-saml-client';
import { inspectSamlResponse } from './inspect-saml-response';
import { IssuingRequestCache } from './issuing-request.cache';
import { mapSamlProfile, type SamlLoginProfile } from './map-saml-profile';
import type { SamlRequestStore } from './saml-request.store';
import type { SamlTenant } from './saml-settings';
import { assertNoDtd, decodeSamlBase64 } from './saml-xml-guard';
import type { SsoLogger } from './sso-logger';
import {
  SsoError,
  SsoIssuerMismatchError,
  SsoMalformedError,
  SsoRecipientMismatchError,
  SsoRelayStateMismatchError,
  SsoReplayedError,
  SsoUnknownRequestError,
  SsoUnsolicitedResponseError,
} from './sso.errors';
import { translateSamlError } from './translate-saml-error';

export interface SamlLoginServiceOptions {
  /** How long an AuthnRequest may be answered. Default 15 minutes. */
  readonly requestTtlMs?: number;
  readonly logger?: SsoLogger;
}

export interface SamlLoginRequest {
  readonly requestId: string;
  /** HTTP-Redirect binding URL to send the browser to. */
  readonly redirectUrl: string;
}

export interface SamlLoginResult {
  readonly ok: true;
  readonly profile: SamlLoginProfile;
}

/** SAML 2.0 binding rule: RelayState must not exceed 80 bytes; callers pass an opaque token. */
const MAX_RELAY_STATE_BYTES = 80;

/**
 * SP-initiated and IdP-initiated SAML login for one tenant at a time. node-saml does the XML signature,
 * audience, time-window and InResponseTo checks; around it we reject DTDs, wrapping shapes, wrong
 * Destination/Recipient/Issuer, unknown or reused request ids (consumed atomically) and replayed
 * assertion ids. Every rejection is an SsoError, logged with its code and reason, never the payload.
 */
export class SamlLoginService {
  private readonly requestTtlMs: number;
  private readonly logger?: SsoLogger;

  constructor(
    private readonly requestStore: SamlRequestStore,
    private readonly replayStore: AssertionReplayStore,
    options: SamlLoginServiceOptions = {},
  ) {
    this.requestTtlMs = options.requestTtlMs ?? 15 * 60_000;
    this.logger = options.logger;
  }

  async createLoginRequest(tenant: SamlTenant, relayState: string | null): Promise<SamlLoginRequest> {
    if (relayState !== null && Buffer.byteLength(relayState) > MAX_RELAY_STATE_BYTES) {
      throw new SsoMalformedError(`RelayState exceeds ${MAX_RELAY_STATE_BYTES} bytes`);
    }
    const cache = new IssuingRequestCache(
      this.requestStore,
      tenant.tenantId,
      { kind: 'login', relayState },
      this.requestTtlMs,
    );
    const saml = this.client(tenant, cache, 'always');
    const redirectUrl = await saml.getAuthorizeUrlAsync(relayState ?? '', undefined, {});
    return { requestId: cache.requestId, redirectUrl };
  }

  async validateResponse(
    tenant: SamlTenant,
    samlResponseBase64: string,
    relayState: string | null,
  ): Promise<SamlLoginResult> {
    try {
      return await this.validate(tenant, samlResponseBase64, relayState);
    } catch (error: unknown) {
      if (error instanceof SsoError) {
        this.logger?.warn(
          { tenantId: tenant.tenantId, code: error.code, reason: error.reason },
          'saml response rejected',
        );
      }
      throw error;
    }
  }

  private async validate(
    tenant: SamlTenant,
    encoded: string,
    relayState: string | null,
  ): Promise<SamlLoginResult> {
    const { sp, idp } = tenant;
    const xml = decodeSamlBase64(encoded);
    assertNoDtd(xml);
    const facts = inspectSamlResponse(xml);
    if (facts.destination !== null && facts.destination !== sp.acsUrl) {
      throw new SsoRecipientMismatchError('Response Destination is not the tenant ACS URL');
    }
    if (facts.issuer !== null && facts.issuer !== idp.entityId) {
      throw new SsoIssuerMismatchError('Response Issuer is not the tenant IdP entity id');
    }
    const issuedAt = await this.consumeRequest(tenant, facts.inResponseTo, relayState);
    const cache = new ConsumedRequestCache(facts.inResponseTo, issuedAt);
    const saml = this.client(tenant, cache, facts.inResponseTo === null ? 'never' : 'always');
    // node-saml gets exactly the bytes we inspected, re-encoded, so both sides read the same document.
    const verified = await verifyWithNodeSaml(saml, Buffer.from(xml, 'utf8').toString('base64'));

    const checked = checkSignedAssertion(verified.assertionXml, {
      idpEntityId: idp.entityId,
      acsUrl: sp.acsUrl,
      inResponseTo: facts.inResponseTo,
      nowMs: Date.now(),
      clockSkewMs: idp.clockSkewMs,
    });
    if (verified.nameId !== null && verified.nameId.trim() !== checked.nameId) {
      throw new SsoMalformedError('NameID parsers disagree');
    }
    const profile = mapSamlProfile(idp.entityId, checked, idp.attributeMapping);
    if (
      !(await this.replayStore.claim(
        tenant.tenantId,
        `assertion:${checked.assertionId}`,
        checked.replayTtlMs,
      ))
    ) {
      throw new SsoReplayedError('assertion id was already used');
    }
    return { ok: true, profile };
  }

  /** Returns the issue instant of the request answered, or null for an allowed IdP-initiated login. */
  private async consumeRequest(
    tenant: SamlTenant,
    inResponseTo: string | null,
    relayState: string | null,
  ): Promise<string | null> {
    if (inResponseTo === null) {
      if (!tenant.idp.allowIdpInitiated) {
        throw new SsoUnsolicitedResponseError('IdP-initiated login is not enabled for this tenant');
      }
      return null;
    }
    const consumed = await this.requestStore.consume(tenant.tenantId, inResponseTo);
    if (consumed.status === 'already-used') throw new SsoReplayedError('request id was already answered');
    if (consumed.status === 'unknown' || consumed.request.kind !== 'login') {
      throw new SsoUnknownRequestError('InResponseTo names no outstanding login request');
    }
    if (consumed.request.relayState !== relayState) {
      throw new SsoRelayStateMismatchError('RelayState differs from the one sent with the request');
    }
    return consumed.request.issuedAt;
  }

  private client(
    tenant: SamlTenant,
    cache: ConsumedRequestCache | IssuingRequestCache,
    mode: 'always' | 'never',
  ): SAML {
    return createSamlClient(tenant, {
      cacheProvider: cache,
      validateInResponseTo: mode,
      requestTtlMs: this.requestTtlMs,
    });
  }
}

async function verifyWithNodeSaml(
  saml: SAML,
  encoded: string,
): Promise<{ readonly assertionXml: string; readonly nameId: string | null }> {
  let result: Awaited<ReturnType<SAML['validatePostResponseAsync']>>;
  try {
    result = await saml.validatePostResponseAsync({ SAMLResponse: encoded });
  } catch (error: unknown) {
    throw translateSamlError(error);
  }
  const assertionXml = result.profile?.getAssertionXml?.();
  if (result.loggedOut || !result.profile || typeof assertionXml !== 'string') {
    throw new SsoMalformedError('response carries no login assertion');
  }
  const nameId: unknown = result.profile.nameID;
  return { assertionXml, nameId: typeof nameId === 'string' ? nameId : null };
}
