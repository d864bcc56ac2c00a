import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CohortRunInput } from './cohort-run-input';
import type { CohortRunResult } from './cohort-run-result';
import { ProgramRunEntity, ProgramRunError } from './program-run.entity';

/** The only SQL for program runs; always inside a tenant transaction (RLS is the second wall). */
@Injectable()
export class ProgramRunRepository {
  async insert(
    manager: EntityManager,
    run: { tenantId: string; id: string; input: CohortRunInput; requestedBy: string },
  ): Promise<ProgramRunEntity> {
    await manager.query(
      `insert into program_runs (tenant_id, id, name, status, progress, phase, input, requested_by)
       values ($1, $2, $3, 'QUEUED', 0, 'queued', $4, $5)`,
      [run.tenantId, run.id, run.input.name, JSON.stringify(run.input), run.requestedBy],
    );
    return manager.findOneByOrFail(ProgramRunEntity, { tenantId: run.tenantId, id: run.id });
  }

  find(manager: EntityManager, tenantId: string, id: string): Promise<ProgramRunEntity | null> {
    return manager.findOneBy(ProgramRunEntity, { tenantId, id });
  }

  findForUpdate(manager: EntityManager, tenantId: string, id: string): Promise<ProgramRunEntity | null> {
    return manager
      .getRepository(ProgramRunEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.tenant_id = :tenantId and r.id = :id', { tenantId, id })
      .getOne();
  }

  /** A claimed job starts (again): RUNNING, one more attempt. */
  async markRunning(manager: EntityManager, tenantId: string, id: string): Promise<ProgramRunEntity | null> {
    await manager.query(
      `update program_runs set status = 'RUNNING', attempts = attempts + 1, updated_at = now()
       where tenant_id = $1 and id = $2 and status in ('QUEUED', 'RUNNING')`,
      [tenantId, id],
    );
    return this.find(manager, tenantId, id);
  }

  async reportProgress(
    manager: EntityManager,
    tenantId: string,
    id: string,
    progress: number,
    phase: string,
  ): Promise<void> {
    await manager.query(
      `update program_runs set progress = $3, phase = $4, updated_at = now()
       where tenant_id = $1 and id = $2 and status = 'RUNNING'`,
      [tenantId, id, progress, phase],
    );
  }

  async succeed(
    manager: EntityManager,
    tenantId: string,
    id: string,
    result: CohortRunResult,
  ): Promise<void> {
    await manager.query(
      `update program_runs set status = 'SUCCEEDED', progress = 100, phase = 'done', result = $3, error = null,
         updated_at = now(), finished_at = now()
       where tenant_id = $1 and id = $2`,
      [tenantId, id, JSON.stringify(result)],
    );
  }

  async fail(manager: EntityManager, tenantId: string, id: string, error: ProgramRunError): Promise<void> {
    await manager.query(
      `update program_runs set status = 'FAILED', phase = 'failed', error = $3, updated_at = now(),
         finished_at = now()
       where tenant_id = $1 and id = $2`,
      [tenantId, id, JSON.stringify(error)],
    );
  }

  async markApproved(
    manager: EntityManager,
    tenantId: string,
    id: string,
    approvedBy: string,
  ): Promise<void> {
    await manager.query(
      `update program_runs set approved_at = now(), approved_by = $3, updated_at = now()
       where tenant_id = $1 and id = $2`,
      [tenantId, id, approvedBy],
    );
  }
}
