import { Inject, Injectable } from '@nestjs/common';
import { allowedRedirect } from './allowed-redirect';
import { RelayStateStore } from './relay-state.store';
import { SamlEmployeeMatcher } from './saml-employee-matcher';
import { SamlLoginHandoff } from './saml-login-handoff';
import { ActiveSamlConnection, SamlConnectionService } from './saml-connection.service';
import { SamlLoginService } from './saml-login.service';
import { SSO_LOGGER } from './sso-logger';
import type { SsoLogger } from './sso-logger';
import { SsoConnectionNotFoundError, SsoError, SsoRedirectNotAllowedError } from './sso.errors';

const REQUEST_TTL_MS = 15 * 60_000;

/** Where the browser goes after a successful login: the app URL with a one-time code. */
export interface SignInRedirect {
  readonly location: string;
}

/**
 * The HTTP-facing SAML login flow of one tenant: start (AuthnRequest), finish (validated response →
 * employee, found or provisioned just in time → one-time code → allow-listed app URL). Every refusal is
 * an SsoError, logged with its code and reason; no code is issued then.
 */
@Injectable()
export class SamlSignInService {
  constructor(
    private readonly connections: SamlConnectionService,
    private readonly login: SamlLoginService,
    private readonly relay: RelayStateStore,
    private readonly employees: SamlEmployeeMatcher,
    private readonly handoff: SamlLoginHandoff,
    @Inject(SSO_LOGGER) private readonly log: SsoLogger,
  ) {}

  async connection(tenantSlug: string): Promise<ActiveSamlConnection> {
    const active = await this.connections.activeBySlug(tenantSlug);
    if (!active) {
      const error = new SsoConnectionNotFoundError('no enabled SAML connection for this tenant');
      this.log.warn({ tenantSlug, code: error.code, reason: error.reason }, 'saml login refused');
      throw error;
    }
    return active;
  }

  async start(tenantSlug: string, redirect: string | null): Promise<SignInRedirect> {
    const { tenant, connection } = await this.connection(tenantSlug);
    return this.refusing(tenant.tenantId, async () => {
      const target = allowedRedirect(connection.allowedRedirectUrls, redirect);
      if (!target) throw new SsoRedirectNotAllowedError('redirect is not an allowed app URL');
      const relayState = await this.relay.save(tenant.tenantId, target, REQUEST_TTL_MS);
      const request = await this.login.createLoginRequest(tenant, relayState);
      return { location: request.redirectUrl };
    });
  }

  async finish(tenantSlug: string, samlResponse: string, relayState: string | null): Promise<SignInRedirect> {
    const { tenant, connection } = await this.connection(tenantSlug);
    const target = await this.refusing(tenant.tenantId, () => this.returnUrl(connection, relayState));
    // SamlLoginService logs its own rejections.
    const { profile } = await this.login.validateResponse(tenant, samlResponse, relayState);
    return this.refusing(tenant.tenantId, async () => {
      const employee = await this.employees.resolve(connection, profile);
      const code = await this.handoff.issueCode(tenant.tenantId, employee.id, profile);
      const location = new URL(target);
      location.searchParams.set('code', code);
      return { location: location.href };
    });
  }

  /** The app URL a RelayState stands for: a pending request's token, an allowed URL, or the default. */
  async returnUrl(
    connection: ActiveSamlConnection['connection'],
    relayState: string | null,
  ): Promise<string> {
    const stored =
      relayState && this.relay.isToken(relayState)
        ? await this.relay.find(connection.tenantId, relayState)
        : undefined;
    if (stored === null) throw new SsoRedirectNotAllowedError('RelayState names no pending login');
    const target = allowedRedirect(connection.allowedRedirectUrls, stored ?? relayState);
    if (!target) throw new SsoRedirectNotAllowedError('RelayState is not an allowed app URL');
    return target;
  }

  /** Runs a step; an SsoError it throws is logged with its code and reason, then rethrown. */
  async refusing<T>(tenantId: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error: unknown) {
      if (error instanceof SsoError) {
        this.log.warn({ tenantId, code: error.code, reason: error.reason }, 'saml login refused');
      }
      throw error;
    }
  }
}
