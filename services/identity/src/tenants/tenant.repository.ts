import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TenantEntity } from './tenant.entity';

/** The only SQL for tenants. Calls inside a tenant transaction see that tenant's row only (RLS). */
@Injectable()
export class TenantRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    tenant: Omit<TenantEntity, 'createdAt' | 'updatedAt'>,
  ): Promise<TenantEntity> {
    await manager.insert(TenantEntity, tenant);
    return manager.findOneByOrFail(TenantEntity, { id: tenant.id });
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Pick<TenantEntity, 'name' | 'defaultTimeZone' | 'locale' | 'settings' | 'version'>,
  ): Promise<TenantEntity> {
    await manager.update(TenantEntity, { id }, changes);
    return manager.findOneByOrFail(TenantEntity, { id });
  }

  findCurrent(manager: EntityManager, id: string): Promise<TenantEntity | null> {
    return manager.findOneBy(TenantEntity, { id });
  }

  /** Resolves a slug without a tenant context, through a function that reveals nothing but the id. */
  async idBySlug(slug: string): Promise<string | null> {
    const rows: { id: string | null }[] = await this.dataSource.query('select tenant_id_by_slug($1) as id', [
      slug,
    ]);
    return rows[0]?.id ?? null;
  }
}
