import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MentoringRequestEntity } from './mentoring-request.entity';

export type NewRequest = Omit<MentoringRequestEntity, 'version' | 'createdAt' | 'status'>;

/** The only SQL for mentoring requests. */
@Injectable()
export class MentoringRequestRepository {
  async insert(manager: EntityManager, request: NewRequest): Promise<MentoringRequestEntity> {
    await manager.insert(MentoringRequestEntity, { ...request, status: 'OPEN', version: 1 });
    return manager.findOneByOrFail(MentoringRequestEntity, { tenantId: request.tenantId, id: request.id });
  }

  find(manager: EntityManager, tenantId: string, id: string): Promise<MentoringRequestEntity | null> {
    return manager.findOneBy(MentoringRequestEntity, { tenantId, id });
  }

  /** Locks the request, so two answers or sweeps never refill it at the same time. */
  findForUpdate(
    manager: EntityManager,
    tenantId: string,
    id: string,
  ): Promise<MentoringRequestEntity | null> {
    return manager
      .getRepository(MentoringRequestEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.tenant_id = :tenantId and r.id = :id', { tenantId, id })
      .getOne();
  }

  async withdraw(manager: EntityManager, request: MentoringRequestEntity): Promise<MentoringRequestEntity> {
    await manager.query(
      `update mentoring_requests set status = 'WITHDRAWN', version = version + 1, updated_at = now()
       where tenant_id = $1 and id = $2`,
      [request.tenantId, request.id],
    );
    return manager.findOneByOrFail(MentoringRequestEntity, { tenantId: request.tenantId, id: request.id });
  }

  /** The mentee's requests, newest first, keyset-paginated by (created_at, id). */
  forMentee(
    manager: EntityManager,
    tenantId: string,
    menteeId: string,
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<MentoringRequestEntity[]> {
    const query = manager
      .getRepository(MentoringRequestEntity)
      .createQueryBuilder('r')
      .where('r.tenant_id = :tenantId and r.mentee_id = :menteeId', { tenantId, menteeId })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(limit);
    if (after) query.andWhere('(r.created_at, r.id) < (:at, :id)', { at: after.createdAt, id: after.id });
    return query.getMany();
  }
}
