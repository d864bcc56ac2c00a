import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceSettings {
  readonly url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations?: MixedList<Function | string>;
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/**
 * A PostgreSQL data source with our conventions: migrations only, snake_case, bounded pool, and no JIT.
 * The services run short transactional statements; PostgreSQL's JIT triggers on estimated cost, and a
 * set lookup over a table whose statistics lag behind (a bulk import outrunning autovacuum) was estimated
 * high enough to spend ~190 ms compiling a statement that then ran in 4 ms.
 */
export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: settings.applicationName,
    extra: {
      max: settings.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      options: '-c jit=off',
    },
  });
}
