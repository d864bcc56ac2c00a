import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Records that an employee's availability changed (rules, time off, sessions, calendar busy time) so the
 * summary publisher recomputes it after a quiet period. Keeps the earliest due time, so a burst of changes
 * yields one recomputation.
 */
@Injectable()
export class AvailabilityChangesRepository {
  async markChanged(
    m: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
    debounceMs: number,
  ): Promise<void> {
    if (employeeIds.length === 0) return;
    // Only employees the read model knows (the schedule row references participants).
    await m.query(
      `insert into availability_summary_schedule (tenant_id, employee_id, due_at)
       select $1, p.id, now() + make_interval(secs => $3::double precision / 1000)
       from participants p where p.tenant_id = $1 and p.id = any($2::uuid[])
       on conflict (tenant_id, employee_id) do update set due_at = least(
         availability_summary_schedule.due_at, excluded.due_at)`,
      [tenantId, [...new Set(employeeIds)], debounceMs],
    );
  }
}
