import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmployeeEntity } from './employee.entity';

export type NewEmployee = Omit<
  EmployeeEntity,
  'createdAt' | 'updatedAt' | 'version' | 'erasedAt' | 'recordDigest' | 'snapshotDigest' | 'userName'
>;

/** The only SQL for employees; always called inside a tenant transaction (RLS is the second wall). */
@Injectable()
export class EmployeeRepository {
  async insert(manager: EntityManager, employee: NewEmployee): Promise<EmployeeEntity> {
    await manager.insert(EmployeeEntity, { ...employee, version: 1 });
    return manager.findOneByOrFail(EmployeeEntity, { id: employee.id, tenantId: employee.tenantId });
  }

  findById(manager: EntityManager, tenantId: string, id: string): Promise<EmployeeEntity | null> {
    return manager.findOneBy(EmployeeEntity, { tenantId, id });
  }

  findByIds(manager: EntityManager, tenantId: string, ids: readonly string[]): Promise<EmployeeEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .where('e.tenant_id = :tenantId and e.id = any(:ids)', { tenantId, ids })
      .getMany();
  }

  findByEmail(manager: EntityManager, tenantId: string, email: string): Promise<EmployeeEntity | null> {
    return manager
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .where('e.tenant_id = :tenantId and lower(e.email) = lower(:email)', { tenantId, email })
      .getOne();
  }

  /** Keyset page ordered by (created_at, id); returns `limit` rows. */
  page(
    manager: EntityManager,
    tenantId: string,
    limit: number,
    after?: { createdAt: string; id: string },
  ): Promise<EmployeeEntity[]> {
    const query = manager
      .getRepository(EmployeeEntity)
      .createQueryBuilder('e')
      .where('e.tenant_id = :tenantId', { tenantId })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(e.created_at, e.id) > (:createdAt, :id)', after);
    return query.getMany();
  }
}
