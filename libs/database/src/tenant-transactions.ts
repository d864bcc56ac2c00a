import { DataSource, EntityManager } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The only way services touch tenant-owned tables: one transaction with `app.tenant_id` set,
 * which the row-level-security policies read. A query outside it sees no tenant rows at all.
 */
export class TenantTransactions {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(tenantId)) throw new Error(`tenantId must be a UUID, got ${JSON.stringify(tenantId)}`);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      return work(manager);
    });
  }

  /** For platform work that spans tenants (outbox relay, schedulers) on tables without tenant RLS. */
  async runUnscoped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
