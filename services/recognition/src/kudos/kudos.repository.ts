import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KudosEntity } from './kudos.entity';

export type NewKudos = Omit<KudosEntity, 'createdAt'>;

/** The only SQL for kudos; always inside a tenant transaction (RLS is the second wall). */
@Injectable()
export class KudosRepository {
  async insert(manager: EntityManager, kudos: NewKudos): Promise<KudosEntity> {
    await manager.insert(KudosEntity, kudos);
    return manager.findOneByOrFail(KudosEntity, { tenantId: kudos.tenantId, id: kudos.id });
  }

  /** Keyset page of the kudos someone received, newest first; returns `limit` rows. */
  pageReceived(
    manager: EntityManager,
    tenantId: string,
    toId: string,
    limit: number,
    before?: { createdAt: string; id: string },
  ): Promise<KudosEntity[]> {
    const query = manager
      .getRepository(KudosEntity)
      .createQueryBuilder('k')
      .where('k.tenant_id = :tenantId and k.to_id = :toId', { tenantId, toId })
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(limit);
    if (before) query.andWhere('(k.created_at, k.id) < (:createdAt, :id)', before);
    return query.getMany();
  }

  /** Erasure: kudos from or to the person go, messages and all. */
  async deleteInvolving(manager: EntityManager, tenantId: string, employeeId: string): Promise<void> {
    await manager.query('delete from kudos where tenant_id = $1 and (from_id = $2 or to_id = $2)', [
      tenantId,
      employeeId,
    ]);
  }
}
