import { Injectable } from '@nestjs/common';
import { SessionTokensService } from '../auth/session-tokens.service';
import { allowedRedirect } from './allowed-redirect';
import type { LogoutMessageKind, SamlLogoutMessage } from './read-logout-message';
import { RelayStateStore } from './relay-state.store';
import { samlSubjectHash } from './saml-login-handoff';
import { SamlLogoutService } from './saml-logout.service';
import { SamlSignInService } from './saml-sign-in.service';
import { SamlSubjectSeal } from './saml-subject-seal';
import { SsoRedirectNotAllowedError } from './sso.errors';

const LOGOUT_TTL_MS = 10 * 60_000;

/**
 * Single logout. SP-initiated: revokes the caller's token family and, when it came from a SAML login
 * and the IdP has an SLO URL, sends the browser to the IdP with a LogoutRequest. At our SLO endpoint:
 * an IdP-initiated LogoutRequest (signed, fresh, not replayed) revokes the families its NameID /
 * SessionIndex opened and is answered with a LogoutResponse; the IdP's LogoutResponse to our request
 * returns the browser to the app.
 */
@Injectable()
export class SamlSingleLogoutService {
  constructor(
    private readonly signIn: SamlSignInService,
    private readonly logout: SamlLogoutService,
    private readonly sessions: SessionTokensService,
    private readonly relay: RelayStateStore,
    private readonly seal: SamlSubjectSeal,
  ) {}

  async start(
    tenantSlug: string,
    refreshToken: string,
    redirect: string | null,
  ): Promise<{ readonly redirectUrl: string }> {
    const { tenant, connection } = await this.signIn.connection(tenantSlug);
    return this.signIn.refusing(tenant.tenantId, async () => {
      const target = allowedRedirect(connection.allowedRedirectUrls, redirect);
      if (!target) throw new SsoRedirectNotAllowedError('redirect is not an allowed app URL');
      const ended = await this.sessions.logout(refreshToken);
      if (!ended?.samlNameIdSealed || ended.tenantId !== tenant.tenantId || !tenant.idp.sloUrl) {
        return { redirectUrl: target };
      }
      const subject = { ...this.seal.open(ended.samlNameIdSealed), sessionIndex: ended.samlSessionIndex };
      const relayState = await this.relay.save(tenant.tenantId, target, LOGOUT_TTL_MS);
      const request = await this.logout.createLogoutRequest(tenant, subject, relayState);
      return { redirectUrl: request.redirectUrl };
    });
  }

  async handle(
    tenantSlug: string,
    message: SamlLogoutMessage,
    kind: LogoutMessageKind,
  ): Promise<{ readonly location: string | null }> {
    const { tenant, connection } = await this.signIn.connection(tenantSlug);
    if (kind === 'LogoutResponse') {
      const { relayState } = await this.logout.validateLogoutResponse(tenant, message);
      // Our session is already revoked; without a usable RelayState the answer is a plain 204.
      const location = await this.signIn.returnUrl(connection, relayState).catch(() => null);
      return { location };
    }
    const request = await this.logout.validateLogoutRequest(tenant, message);
    const subject = samlSubjectHash(tenant.idp.entityId, request.nameId);
    await this.sessions.revokeSamlSession(tenant.tenantId, subject, request.sessionIndex);
    return { location: request.logoutResponseUrl };
  }
}
