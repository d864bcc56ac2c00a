import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { TenantTransactions } from '@mentormesh/database';
import type { Logger } from '@mentormesh/observability';
import type { IdentityConfig } from '../config';
import { EmployeeRepository } from '../employees/employee.repository';
import { TokenIssuer } from '../tokens/token-issuer';
import { InvalidGrantError } from './auth.errors';
import { AUTH_LOGGER } from './auth-logger';
import type { AuthorizationGrant } from './authorization-code.store';
import { RefreshTokenRepository } from './refresh-token.repository';
import { newRefreshTokenValue, parseRefreshTokenValue } from './refresh-token-value';

export interface TokenPair {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly refreshToken: string;
  readonly refreshExpiresIn: number;
}

/** The login a logout ended: who to log out at the IdP too, when it came from SAML. */
export type EndedSession = Pick<AuthorizationGrant, 'tenantId' | 'samlSessionIndex' | 'samlNameIdSealed'>;

type RefreshOutcome = { readonly pair: TokenPair } | { readonly reused: true };

/**
 * Access + refresh token pairs. A refresh rotates (the old token is marked used, its child joins the
 * family); presenting a used or revoked token revokes the whole family, since one of the two holders
 * is a thief. Logout and single logout revoke families.
 */
@Injectable()
export class SessionTokensService {
  private readonly refreshTtlMs: number;

  constructor(
    @Inject(APP_CONFIG) config: IdentityConfig,
    @Inject(AUTH_LOGGER) private readonly log: Logger,
    private readonly transactions: TenantTransactions,
    private readonly tokens: RefreshTokenRepository,
    private readonly employees: EmployeeRepository,
    private readonly issuer: TokenIssuer,
  ) {
    this.refreshTtlMs = config.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  /** A new family for a completed login (SAML code exchange or dev login). */
  start(grant: AuthorizationGrant): Promise<TokenPair> {
    return this.transactions.run(grant.tenantId, async (manager) => {
      const roles = await this.activeRoles(manager, grant.tenantId, grant.employeeId, 'code');
      return this.pair(manager, grant, roles, randomUUID(), null);
    });
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const parsed = parseRefreshTokenValue(refreshToken);
    if (!parsed) throw new InvalidGrantError('refresh_token');
    const outcome = await this.transactions.run(parsed.tenantId, async (manager): Promise<RefreshOutcome> => {
      const now = new Date();
      const token = await this.tokens.findByHashForUpdate(manager, parsed.tenantId, parsed.hash);
      if (!token) throw new InvalidGrantError('refresh_token');
      if (token.usedAt || token.revokedAt) {
        await this.tokens.revokeFamilies(manager, token.tenantId, [token.familyId], 'reuse', now);
        this.log.warn(
          { tenantId: token.tenantId, familyId: token.familyId, tokenId: token.id },
          'refresh token reuse detected, family revoked',
        );
        return { reused: true };
      }
      if (token.expiresAt <= now) throw new InvalidGrantError('refresh_token');
      const roles = await this.activeRoles(manager, token.tenantId, token.employeeId, 'refresh_token');
      await this.tokens.markUsed(manager, token.tenantId, token.id, now);
      const pair = await this.pair(manager, token, roles, token.familyId, token.id);
      return { pair };
    });
    // The revocation above is committed before the caller is refused.
    if ('reused' in outcome) throw new InvalidGrantError('refresh_token');
    return outcome.pair;
  }

  /** Revokes the family of a refresh token; unknown tokens are ignored (logout is idempotent). */
  async logout(refreshToken: string): Promise<EndedSession | null> {
    const parsed = parseRefreshTokenValue(refreshToken);
    if (!parsed) return null;
    return this.transactions.run(parsed.tenantId, async (manager) => {
      const token = await this.tokens.findByHashForUpdate(manager, parsed.tenantId, parsed.hash);
      if (!token) return null;
      await this.tokens.revokeFamilies(manager, token.tenantId, [token.familyId], 'logout', new Date());
      this.log.info({ tenantId: token.tenantId, familyId: token.familyId }, 'token family revoked by logout');
      const { tenantId, samlSessionIndex, samlNameIdSealed } = token;
      return { tenantId, samlSessionIndex, samlNameIdSealed };
    });
  }

  /** Single logout: revokes the families opened by that SAML subject (and IdP session, when given). */
  revokeSamlSession(tenantId: string, subjectHash: string, sessionIndex: string | null): Promise<number> {
    return this.transactions.run(tenantId, async (manager) => {
      const families = await this.tokens.familiesOfSamlSession(manager, tenantId, subjectHash, sessionIndex);
      const revoked = await this.tokens.revokeFamilies(
        manager,
        tenantId,
        families,
        'saml-logout',
        new Date(),
      );
      this.log.info({ tenantId, families: families.length }, 'token families revoked by single logout');
      return revoked;
    });
  }

  private async activeRoles(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    field: 'code' | 'refresh_token',
  ): Promise<Role[]> {
    const employee = await this.employees.findById(manager, tenantId, employeeId);
    if (!employee || employee.status !== 'ACTIVE') throw new InvalidGrantError(field);
    return employee.roles;
  }

  private async pair(
    manager: EntityManager,
    origin: AuthorizationGrant,
    roles: readonly Role[],
    familyId: string,
    parentId: string | null,
  ): Promise<TokenPair> {
    const refreshToken = newRefreshTokenValue(origin.tenantId);
    const parsed = parseRefreshTokenValue(refreshToken)!;
    await this.tokens.insert(manager, {
      id: randomUUID(),
      tenantId: origin.tenantId,
      employeeId: origin.employeeId,
      familyId,
      parentId,
      tokenHash: parsed.hash,
      expiresAt: new Date(Date.now() + this.refreshTtlMs),
      samlSubjectHash: origin.samlSubjectHash,
      samlSessionIndex: origin.samlSessionIndex,
      samlNameIdSealed: origin.samlNameIdSealed,
    });
    const access = await this.issuer.issue({
      employeeId: origin.employeeId,
      tenantId: origin.tenantId,
      roles,
    });
    return { ...access, refreshToken, refreshExpiresIn: Math.floor(this.refreshTtlMs / 1000) };
  }
}
