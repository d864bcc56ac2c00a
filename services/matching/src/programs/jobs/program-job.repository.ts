import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** TypeORM's postgres driver answers UPDATE/DELETE … RETURNING with `[rows, affected]`. */
function returned<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

/** A job this instance holds the lease of. */
export interface ClaimedJob {
  readonly runId: string;
  readonly tenantId: string;
}

/**
 * The only SQL for the cross-tenant job queue (ids and instants only, no tenant data, no RLS).
 * A job is claimable while nobody holds a live lease on it: fresh jobs, and jobs whose holder
 * stopped heart-beating (a crashed or stopped instance).
 */
@Injectable()
export class ProgramJobRepository {
  async enqueue(manager: EntityManager, job: ClaimedJob): Promise<void> {
    await manager.query('insert into program_run_jobs (run_id, tenant_id) values ($1, $2)', [
      job.runId,
      job.tenantId,
    ]);
  }

  /** Takes the oldest claimable job; SKIP LOCKED keeps two instances from taking the same one. */
  async claim(manager: EntityManager, owner: string, leaseMs: number): Promise<ClaimedJob | null> {
    const rows = returned<{ run_id: string; tenant_id: string }>(
      await manager.query(
        `update program_run_jobs set lease_owner = $1, lease_expires_at = now() + make_interval(secs => $2)
       where run_id = (
         select run_id from program_run_jobs
         where lease_expires_at is null or lease_expires_at < now()
         order by enqueued_at, run_id
         limit 1 for update skip locked)
       returning run_id, tenant_id`,
        [owner, leaseMs / 1000],
      ),
    );
    return rows.length ? { runId: rows[0].run_id, tenantId: rows[0].tenant_id } : null;
  }

  /** Extends the lease; false when it was lost (expired and taken by another instance). */
  async heartbeat(manager: EntityManager, runId: string, owner: string, leaseMs: number): Promise<boolean> {
    const rows = returned<unknown>(
      await manager.query(
        `update program_run_jobs set lease_expires_at = now() + make_interval(secs => $3)
         where run_id = $1 and lease_owner = $2 returning run_id`,
        [runId, owner, leaseMs / 1000],
      ),
    );
    return rows.length > 0;
  }

  /** Removes the finished job, only while this owner still holds it; false when the lease was lost. */
  async finish(manager: EntityManager, runId: string, owner: string): Promise<boolean> {
    const rows = returned<unknown>(
      await manager.query(
        `delete from program_run_jobs where run_id = $1 and lease_owner = $2 returning run_id`,
        [runId, owner],
      ),
    );
    return rows.length > 0;
  }

  /** Gives a job back after a transient failure; claimable again after `delayMs`. */
  async release(manager: EntityManager, runId: string, owner: string, delayMs: number): Promise<void> {
    await manager.query(
      `update program_run_jobs set lease_owner = null, lease_expires_at = now() + make_interval(secs => $3)
       where run_id = $1 and lease_owner = $2`,
      [runId, owner, delayMs / 1000],
    );
  }
}
