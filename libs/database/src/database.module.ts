import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseLifecycle, DatabaseLifecycleSettings } from './database-lifecycle';
import { TenantTransactions } from './tenant-transactions';

/**
 * Provides the service's DataSource, its lifecycle (connect with retry, migrate when configured) and
 * the TenantTransactions helper. Connecting runs in the background so the service starts even while
 * its database is down; readiness reports it.
 */
@Global()
@Module({})
export class DatabaseModule implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(DatabaseLifecycle) private readonly lifecycle: DatabaseLifecycle) {}

  static register(settings: DatabaseLifecycleSettings): DynamicModule {
    const lifecycle = new DatabaseLifecycle(settings);
    return {
      module: DatabaseModule,
      providers: [
        { provide: DatabaseLifecycle, useValue: lifecycle },
        { provide: DataSource, useValue: lifecycle.dataSource },
        { provide: TenantTransactions, useValue: new TenantTransactions(lifecycle.dataSource) },
      ],
      exports: [DatabaseLifecycle, DataSource, TenantTransactions],
    };
  }

  onModuleInit(): void {
    void this.lifecycle.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lifecycle.stop();
  }
}
