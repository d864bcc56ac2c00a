import { QueryRunner } from 'typeorm';

/** SQL expression of the tenant set by TenantTransactions; NULL (no rows) when none is set. */
export const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Enables and forces row-level security on a tenant-owned table: rows are visible and writable only
 * inside a transaction whose tenant matches. For use in migrations.
 */
export async function enableTenantIsolation(
  queryRunner: QueryRunner,
  table: string,
  column = 'tenant_id',
): Promise<void> {
  await queryRunner.query(`alter table "${table}" enable row level security`);
  await queryRunner.query(`alter table "${table}" force row level security`);
  await queryRunner.query(
    `create policy tenant_isolation on "${table}" using ("${column}" = ${CURRENT_TENANT}) with check ("${column}" = ${CURRENT_TENANT})`,
  );
}
