export { SnakeNamingStrategy } from './snake-naming.strategy';
export { createDataSource, DataSourceSettings } from './create-data-source';
export { TenantTransactions } from './tenant-transactions';
export { CURRENT_TENANT, enableTenantIsolation } from './row-level-security';
export { provisionDatabase, grantAppRole, withDatabase, ProvisionSettings } from './provision-database';
export { runMigrations } from './run-migrations';
export { DatabaseLifecycle, DatabaseLifecycleSettings, LifecycleLogger } from './database-lifecycle';
export { DatabaseModule } from './database.module';
