import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface IntegrationTokenRecord {
  readonly id: string;
  readonly name: string;
  readonly scopes: string[];
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface AuthenticatedIntegration {
  readonly tokenId: string;
  readonly tenantId: string;
  readonly scopes: readonly string[];
}

interface RawToken {
  id: string;
  name: string;
  scopes: string[];
  created_by: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, name, scopes, created_by, created_at, last_used_at, revoked_at';

/** The only SQL for integration tokens. Secrets are never stored, only their SHA-256. */
@Injectable()
export class IntegrationTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    m: EntityManager,
    tenantId: string,
    token: { id: string; name: string; scopes: readonly string[]; secretHash: string; createdBy: string },
  ): Promise<IntegrationTokenRecord> {
    const rows: RawToken[] = await m.query(
      `insert into integration_tokens (id, tenant_id, name, scopes, secret_hash, created_by)
       values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
      [token.id, tenantId, token.name, token.scopes, token.secretHash, token.createdBy],
    );
    return toRecord(rows[0]);
  }

  async list(m: EntityManager, tenantId: string): Promise<IntegrationTokenRecord[]> {
    const rows: RawToken[] = await m.query(
      `select ${COLUMNS} from integration_tokens where tenant_id = $1 order by created_at, id`,
      [tenantId],
    );
    return rows.map(toRecord);
  }

  async revoke(m: EntityManager, tenantId: string, id: string): Promise<IntegrationTokenRecord | null> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows]: [RawToken[], number] = await m.query(
      `update integration_tokens set revoked_at = coalesce(revoked_at, now())
       where tenant_id = $1 and id = $2 returning ${COLUMNS}`,
      [tenantId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async touch(m: EntityManager, tenantId: string, id: string): Promise<void> {
    await m.query(
      `update integration_tokens set last_used_at = now()
       where tenant_id = $1 and id = $2 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
      [tenantId, id],
    );
  }

  /** Before any tenant is known: a function that reveals only a live token's tenant and scopes. */
  async findLive(secretHash: string): Promise<AuthenticatedIntegration | null> {
    const rows: { token_id: string; tenant_id: string; scopes: string[] }[] = await this.dataSource.query(
      'select token_id, tenant_id, scopes from integration_token_by_hash($1)',
      [secretHash],
    );
    const row = rows[0];
    return row ? { tokenId: row.token_id, tenantId: row.tenant_id, scopes: row.scopes } : null;
  }
}

function toRecord(r: RawToken): IntegrationTokenRecord {
  return {
    id: r.id,
    name: r.name,
    scopes: r.scopes,
    createdBy: r.created_by,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}
