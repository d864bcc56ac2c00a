import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { eraseFromCohortRun, eraseFromRotation } from './erase-from-programs';
import type { CohortRunInput } from './cohort-run-input';
import type { CohortRunResult } from './cohort-run-result';
import type { RotationInput, RotationPlan } from '../rotations/domain';

/** Stands in for an erased requester or approver (the columns are required). */
export const ERASED_PERSON = '00000000-0000-0000-0000-000000000000';

/** Erasure in programs: the person leaves every cohort run, rotation plan and meet-again choice. */
@Injectable()
export class ProgramErasureRepository {
  async eraseEmployee(manager: EntityManager, tenantId: string, id: string): Promise<void> {
    const pattern = `%${id}%`;
    const runs: { id: string; input: CohortRunInput; result: CohortRunResult | null }[] = await manager.query(
      `select id, input, result from program_runs
       where tenant_id = $1 and (input::text like $2 or result::text like $2) for update`,
      [tenantId, pattern],
    );
    for (const run of runs) {
      const erased = eraseFromCohortRun(run.input, run.result, id);
      await manager.query(
        'update program_runs set input = $3, result = $4 where tenant_id = $1 and id = $2',
        [tenantId, run.id, JSON.stringify(erased.input), erased.result && JSON.stringify(erased.result)],
      );
    }
    const plans: { id: string; input: RotationInput; plan: RotationPlan }[] = await manager.query(
      `select id, input, plan from rotation_plans where tenant_id = $1 and input::text like $2 for update`,
      [tenantId, pattern],
    );
    for (const plan of plans) {
      const erased = eraseFromRotation(plan.input, plan.plan, id);
      await manager.query(
        'update rotation_plans set input = $3, plan = $4 where tenant_id = $1 and id = $2',
        [tenantId, plan.id, JSON.stringify(erased.input), JSON.stringify(erased.plan)],
      );
    }
    const params = [tenantId, id, ERASED_PERSON];
    await manager.query(
      'update program_runs set requested_by = $3 where tenant_id = $1 and requested_by = $2',
      params,
    );
    await manager.query(
      'update program_runs set approved_by = $3 where tenant_id = $1 and approved_by = $2',
      params,
    );
    await manager.query(
      'update rotation_plans set created_by = $3 where tenant_id = $1 and created_by = $2',
      params,
    );
    await manager.query(
      'delete from meet_again_choices where tenant_id = $1 and (chooser_id = $2 or chosen_id = $2)',
      [tenantId, id],
    );
    await manager.query(
      'delete from meet_again_proposals where tenant_id = $1 and (participant_id = $2 or mentor_id = $2)',
      [tenantId, id],
    );
  }
}
