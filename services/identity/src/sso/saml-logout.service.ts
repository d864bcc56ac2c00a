import type { Profile, SAML } from '@node-saml/node-saml';
import type { AssertionReplayStore } from './assertion-replay.store';
import { ConsumedRequestCache } from './consumed-request.cache';
import { createSamlClient } from './create-saml-client';
import { IssuingRequestCache } from './issuing-request.cache';
import { readLogoutMessage, type DecodedLogoutMessage, type SamlLogoutMessage } from './read-logout-message';
import { STATUS_SUCCESS } from './saml-namespaces';
import type { SamlRequestStore } from './saml-request.store';
import type { SamlTenant } from './saml-settings';
import type { SsoLogger } from './sso-logger';
import {
  SsoError,
  SsoExpiredError,
  SsoIdpStatusError,
  SsoLogoutNotSupportedError,
  SsoMalformedError,
  SsoNotYetValidError,
  SsoRelayStateMismatchError,
  SsoReplayedError,
  SsoUnknownRequestError,
} from './sso.errors';
import { translateSamlError } from './translate-saml-error';

export interface SamlLogoutServiceOptions {
  /** How long a LogoutRequest we sent may be answered. Default 10 minutes. */
  readonly requestTtlMs?: number;
  readonly logger?: SsoLogger;
}

/** Who to log out at the IdP: the NameID and SessionIndex from the login profile. */
export interface SamlLogoutSubject {
  readonly nameId: string;
  readonly nameIdFormat: string | null;
  readonly sessionIndex: string | null;
}

export interface SamlLogoutRequest {
  readonly requestId: string;
  readonly redirectUrl: string;
}

export interface IdpLogoutRequest {
  readonly ok: true;
  readonly requestId: string;
  readonly nameId: string;
  readonly sessionIndex: string | null;
  /** Where to send the browser once our session is revoked (a LogoutResponse, HTTP-Redirect). */
  readonly logoutResponseUrl: string;
}

const UNSPECIFIED_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';

/**
 * SAML single logout through node-saml for tenants whose IdP publishes an SLO URL: our LogoutRequest
 * (HTTP-Redirect), the IdP's LogoutResponse to it, and IdP-initiated LogoutRequests (HTTP-Redirect or
 * HTTP-POST, signature required, replay-protected).
 */
export class SamlLogoutService {
  private readonly requestTtlMs: number;
  private readonly logger?: SsoLogger;

  constructor(
    private readonly requestStore: SamlRequestStore,
    private readonly replayStore: AssertionReplayStore,
    options: SamlLogoutServiceOptions = {},
  ) {
    this.requestTtlMs = options.requestTtlMs ?? 10 * 60_000;
    this.logger = options.logger;
  }

  async createLogoutRequest(
    tenant: SamlTenant,
    subject: SamlLogoutSubject,
    relayState: string | null,
  ): Promise<SamlLogoutRequest> {
    assertSloConfigured(tenant);
    const cache = new IssuingRequestCache(
      this.requestStore,
      tenant.tenantId,
      { kind: 'logout', relayState },
      this.requestTtlMs,
    );
    const saml = this.client(tenant, cache);
    const user: Profile = {
      issuer: tenant.idp.entityId,
      nameID: subject.nameId,
      nameIDFormat: subject.nameIdFormat ?? UNSPECIFIED_FORMAT,
      ...(subject.sessionIndex ? { sessionIndex: subject.sessionIndex } : {}),
    };
    const redirectUrl = await saml.getLogoutUrlAsync(user, relayState ?? '', {});
    return { requestId: cache.requestId, redirectUrl };
  }

  /** The IdP's answer to our LogoutRequest. Returns the RelayState we sent with it. */
  async validateLogoutResponse(
    tenant: SamlTenant,
    message: SamlLogoutMessage,
  ): Promise<{ readonly ok: true; readonly relayState: string | null }> {
    return this.logRejection(tenant, 'saml logout response rejected', async () => {
      assertSloConfigured(tenant);
      const decoded = readLogoutMessage(tenant, message, 'LogoutResponse');
      this.assertFresh(tenant, decoded);
      if (decoded.inResponseTo === null) throw new SsoMalformedError('LogoutResponse has no InResponseTo');
      const consumed = await this.requestStore.consume(tenant.tenantId, decoded.inResponseTo);
      if (consumed.status === 'already-used')
        throw new SsoReplayedError('logout request was already answered');
      if (consumed.status === 'unknown' || consumed.request.kind !== 'logout') {
        throw new SsoUnknownRequestError('InResponseTo names no outstanding logout request');
      }
      if (consumed.request.relayState !== decoded.relayState) {
        throw new SsoRelayStateMismatchError('RelayState differs from the one sent with the request');
      }
      const saml = this.client(
        tenant,
        new ConsumedRequestCache(decoded.inResponseTo, consumed.request.issuedAt),
      );
      await verifyWithNodeSaml(saml, message, decoded);
      if (decoded.statusCode !== STATUS_SUCCESS)
        throw new SsoIdpStatusError('IdP reports logout did not succeed');
      return { ok: true, relayState: decoded.relayState };
    });
  }

  /** An IdP-initiated LogoutRequest; the caller revokes the session, then redirects to logoutResponseUrl. */
  async validateLogoutRequest(tenant: SamlTenant, message: SamlLogoutMessage): Promise<IdpLogoutRequest> {
    return this.logRejection(tenant, 'saml logout request rejected', async () => {
      assertSloConfigured(tenant);
      const decoded = readLogoutMessage(tenant, message, 'LogoutRequest');
      this.assertFresh(tenant, decoded);
      const saml = this.client(tenant, new ConsumedRequestCache(null, null));
      const profile = await verifyWithNodeSaml(saml, message, decoded);
      if (!profile || profile.ID !== decoded.id || typeof profile.nameID !== 'string') {
        throw new SsoMalformedError('LogoutRequest carries no NameID');
      }
      if (
        !(await this.replayStore.claim(tenant.tenantId, `logout-request:${decoded.id}`, this.requestTtlMs))
      ) {
        throw new SsoReplayedError('logout request id was already used');
      }
      const logoutResponseUrl = await saml.getLogoutResponseUrlAsync(
        profile,
        decoded.relayState ?? '',
        {},
        true,
      );
      const sessionIndex = typeof profile.sessionIndex === 'string' ? profile.sessionIndex : null;
      return { ok: true, requestId: decoded.id, nameId: profile.nameID, sessionIndex, logoutResponseUrl };
    });
  }

  /** Older messages than the replay window could be replayed once their id is forgotten, so they expire. */
  private assertFresh(tenant: SamlTenant, decoded: DecodedLogoutMessage): void {
    const now = Date.now();
    const skew = tenant.idp.clockSkewMs;
    if (decoded.issueInstantMs > now + skew)
      throw new SsoNotYetValidError(`${decoded.kind} is issued in the future`);
    if (decoded.issueInstantMs < now - skew - this.requestTtlMs)
      throw new SsoExpiredError(`${decoded.kind} is too old`);
  }

  private async logRejection<T>(tenant: SamlTenant, message: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error: unknown) {
      if (error instanceof SsoError) {
        this.logger?.warn({ tenantId: tenant.tenantId, code: error.code, reason: error.reason }, message);
      }
      throw error;
    }
  }

  /** Validation uses `never`: InResponseTo was already consumed atomically from the request store. */
  private client(tenant: SamlTenant, cache: ConsumedRequestCache | IssuingRequestCache): SAML {
    return createSamlClient(tenant, {
      cacheProvider: cache,
      validateInResponseTo: cache instanceof IssuingRequestCache ? 'always' : 'never',
      requestTtlMs: this.requestTtlMs,
    });
  }
}

function assertSloConfigured(tenant: SamlTenant): void {
  if (!tenant.idp.sloUrl || !tenant.sp.sloUrl) {
    throw new SsoLogoutNotSupportedError('single logout is not configured for this tenant');
  }
}

async function verifyWithNodeSaml(
  saml: SAML,
  message: SamlLogoutMessage,
  decoded: DecodedLogoutMessage,
): Promise<Profile | null> {
  try {
    if (message.binding === 'redirect') {
      const query = message.rawQuery.replace(/^\?/, '');
      return (await saml.validateRedirectAsync({ ...decoded.parameters }, query)).profile;
    }
    const encoded = Buffer.from(decoded.xml, 'utf8').toString('base64');
    return decoded.kind === 'LogoutRequest'
      ? (await saml.validatePostRequestAsync({ SAMLRequest: encoded })).profile
      : (await saml.validatePostResponseAsync({ SAMLResponse: encoded })).profile;
  } catch (error: unknown) {
    throw translateSamlError(error);
  }
}
