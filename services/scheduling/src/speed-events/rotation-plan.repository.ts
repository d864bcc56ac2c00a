import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RotationPlan } from '@mentormesh/contracts';

/** The read model of matching's rotation plans (event-carried state, version-checked). */
@Injectable()
export class RotationPlanRepository {
  async apply(m: EntityManager, tenantId: string, version: number, plan: RotationPlan): Promise<void> {
    await m.query(
      `insert into rotation_plans (tenant_id, id, version, plan) values ($1, $2, $3, $4)
       on conflict (tenant_id, id) do update set version = excluded.version, plan = excluded.plan, updated_at = now()
       where rotation_plans.version < excluded.version`,
      [tenantId, plan.planId, version, JSON.stringify(plan)],
    );
  }

  async find(m: EntityManager, tenantId: string, id: string): Promise<RotationPlan | null> {
    const rows: { plan: RotationPlan }[] = await m.query(
      'select plan from rotation_plans where tenant_id = $1 and id = $2',
      [tenantId, id],
    );
    return rows[0]?.plan ?? null;
  }
}
