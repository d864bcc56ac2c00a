import { EntitySchema, MixedList } from 'typeorm';
import { createDataSource } from './create-data-source';
import { grantAppRole } from './provision-database';

/** Applies pending migrations as the schema owner, then grants the app role access to the result. */
export async function runMigrations(
  ownerUrl: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>,
  appRole: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema> = [],
): Promise<string[]> {
  const dataSource = createDataSource({
    url: ownerUrl,
    entities,
    migrations,
    poolSize: 1,
    applicationName: 'migrate',
  });
  await dataSource.initialize();
  try {
    // One advisory lock per database so parallel starts do not race each other's migrations.
    await dataSource.query('select pg_advisory_lock(727274)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query('select pg_advisory_unlock(727274)');
    await grantAppRole(ownerUrl, appRole);
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
