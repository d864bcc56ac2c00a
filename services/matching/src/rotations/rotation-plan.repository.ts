import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MeetAgainChoice } from './domain';
import { RotationPlanEntity } from './rotation-plan.entity';

export type NewRotationPlan = Omit<RotationPlanEntity, 'createdAt'>;

/** The only SQL for rotation plans and meet-again choices; always inside a tenant transaction. */
@Injectable()
export class RotationPlanRepository {
  async insert(manager: EntityManager, plan: NewRotationPlan): Promise<RotationPlanEntity> {
    await manager.insert(RotationPlanEntity, plan);
    return manager.findOneByOrFail(RotationPlanEntity, { tenantId: plan.tenantId, id: plan.id });
  }

  find(manager: EntityManager, tenantId: string, id: string): Promise<RotationPlanEntity | null> {
    return manager.findOneBy(RotationPlanEntity, { tenantId, id });
  }

  /** Locks the plan so concurrent meet-again choices are matched up one after another. */
  findForUpdate(manager: EntityManager, tenantId: string, id: string): Promise<RotationPlanEntity | null> {
    return manager
      .getRepository(RotationPlanEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.tenant_id = :tenantId and p.id = :id', { tenantId, id })
      .getOne();
  }

  async addChoices(
    manager: EntityManager,
    tenantId: string,
    planId: string,
    chooserId: string,
    chosenIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `insert into meet_again_choices (tenant_id, plan_id, chooser_id, chosen_id)
       select $1, $2, $3, unnest($4::uuid[]) on conflict do nothing`,
      [tenantId, planId, chooserId, chosenIds],
    );
  }

  async choices(manager: EntityManager, tenantId: string, planId: string): Promise<MeetAgainChoice[]> {
    const rows: { chooser_id: string; chosen_id: string }[] = await manager.query(
      'select chooser_id, chosen_id from meet_again_choices where tenant_id = $1 and plan_id = $2',
      [tenantId, planId],
    );
    return rows.map((r) => ({ chooserId: r.chooser_id, chosenId: r.chosen_id }));
  }

  /** Records a mutual pair as proposed; false when it already was (so it is never proposed twice). */
  async markProposed(
    manager: EntityManager,
    tenantId: string,
    planId: string,
    pair: { participantId: string; mentorId: string },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `insert into meet_again_proposals (tenant_id, plan_id, participant_id, mentor_id) values ($1, $2, $3, $4)
       on conflict do nothing returning plan_id`,
      [tenantId, planId, pair.participantId, pair.mentorId],
    );
    return rows.length > 0;
  }
}
