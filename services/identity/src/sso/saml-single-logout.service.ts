import { Injectable } from '@nestjs/common';
import { SessionTokensService } from '../auth/session-tokens.service';
import { allowedRedirect } from './allowed-redirect';
import type { LogoutMessageKind, SamlLogoutMessage } from './read-logout-message';
import { SamlLogoutService } from './saml-logout.service';
import { SamlSignInService, samlSubjectHash } from './saml-sign-in.service';

/**
 * Single logout at our SLO endpoint. An IdP-initiated LogoutRequest (signed, fresh, not replayed)
 * revokes the refresh-token families its NameID / SessionIndex opened, then answers with a
 * LogoutResponse; a LogoutResponse to our own request returns the browser to the app.
 */
@Injectable()
export class SamlSingleLogoutService {
  constructor(
    private readonly signIn: SamlSignInService,
    private readonly logout: SamlLogoutService,
    private readonly sessions: SessionTokensService,
  ) {}

  async handle(
    tenantSlug: string,
    message: SamlLogoutMessage,
    kind: LogoutMessageKind,
  ): Promise<{ readonly location: string | null }> {
    const { tenant, connection } = await this.signIn.connection(tenantSlug);
    if (kind === 'LogoutResponse') {
      const { relayState } = await this.logout.validateLogoutResponse(tenant, message);
      return { location: allowedRedirect(connection.allowedRedirectUrls, relayState) };
    }
    const request = await this.logout.validateLogoutRequest(tenant, message);
    const subject = samlSubjectHash(tenant.idp.entityId, request.nameId);
    await this.sessions.revokeSamlSession(tenant.tenantId, subject, request.sessionIndex);
    return { location: request.logoutResponseUrl };
  }
}
