import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError } from '@mentormesh/graphql';
import { InvalidIntegrationTokenError, MissingScopeError } from './integration.errors';
import { IntegrationScope } from './integration-scopes';
import {
  AuthenticatedIntegration,
  IntegrationTokenRecord,
  IntegrationTokenRepository,
} from './integration-token.repository';

const PREFIX = 'mmi_';
const FORMAT = /^mmi_[A-Za-z0-9_-]{43}$/;

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Per-tenant machine credentials for HR systems: shown once, stored hashed, scoped, revocable. */
@Injectable()
export class IntegrationTokenService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly tokens: IntegrationTokenRepository,
  ) {}

  async create(
    tenantId: string,
    createdBy: string,
    name: string,
    scopes: readonly IntegrationScope[],
  ): Promise<{ token: IntegrationTokenRecord; secret: string }> {
    const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
    const token = await this.transactions.run(tenantId, (m) =>
      this.tokens.insert(m, tenantId, {
        id: randomUUID(),
        name: name.trim(),
        scopes: [...new Set(scopes)].sort(),
        secretHash: hashOf(secret),
        createdBy,
      }),
    );
    return { token, secret };
  }

  list(tenantId: string): Promise<IntegrationTokenRecord[]> {
    return this.transactions.run(tenantId, (m) => this.tokens.list(m, tenantId));
  }

  async revoke(tenantId: string, id: string): Promise<IntegrationTokenRecord> {
    const token = await this.transactions.run(tenantId, (m) => this.tokens.revoke(m, tenantId, id));
    if (!token) throw new NotFoundError('IntegrationToken', id);
    return token;
  }

  /** The tenant a bearer secret belongs to, when it is live and carries `scope`. */
  async authenticate(header: unknown, scope: IntegrationScope): Promise<AuthenticatedIntegration> {
    const match = typeof header === 'string' ? /^Bearer (\S+)$/.exec(header) : null;
    if (!match || !FORMAT.test(match[1])) throw new InvalidIntegrationTokenError();
    const found = await this.tokens.findLive(hashOf(match[1]));
    if (!found) throw new InvalidIntegrationTokenError();
    if (!found.scopes.includes(scope)) throw new MissingScopeError(scope);
    await this.transactions.run(found.tenantId, (m) => this.tokens.touch(m, found.tenantId, found.tokenId));
    return found;
  }
}
