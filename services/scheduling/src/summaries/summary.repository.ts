import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface DueSummary {
  readonly tenantId: string;
  readonly employeeId: string;
  /** The lease: the row's due time while this instance works on it. */
  readonly leasedUntil: Date;
}

/** The only SQL for availability-summary bookkeeping: the due schedule and the last published fingerprint. */
@Injectable()
export class SummaryRepository {
  /** Claims due summaries across tenants (skipping rows other instances hold) and leases them. */
  async claimDue(m: EntityManager, limit: number, leaseMs: number): Promise<DueSummary[]> {
    const [rows]: [{ tenant_id: string; employee_id: string; due_at: Date }[], number] = await m.query(
      `with due as (
         select tenant_id, employee_id from availability_summary_schedule where due_at <= now()
         order by due_at limit $1 for update skip locked)
       update availability_summary_schedule s
       set due_at = date_trunc('milliseconds', now() + make_interval(secs => $2::double precision / 1000))
       from due where s.tenant_id = due.tenant_id and s.employee_id = due.employee_id
       returning s.tenant_id, s.employee_id, s.due_at`,
      [limit, leaseMs],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, employeeId: r.employee_id, leasedUntil: r.due_at }));
  }

  /** Next periodic recomputation, unless a change already asked for an earlier one. */
  async scheduleNext(m: EntityManager, due: DueSummary, at: Date): Promise<void> {
    await m.query(
      `update availability_summary_schedule set due_at = $3
       where tenant_id = $1 and employee_id = $2 and due_at = $4`,
      [due.tenantId, due.employeeId, at, due.leasedUntil],
    );
  }

  async fingerprint(
    m: EntityManager,
    tenantId: string,
    employeeId: string,
  ): Promise<{ fingerprint: string; version: number } | null> {
    const rows: { fingerprint: string; version: number }[] = await m.query(
      'select fingerprint, version from availability_summaries where tenant_id = $1 and employee_id = $2 for update',
      [tenantId, employeeId],
    );
    return rows[0] ?? null;
  }

  /** Stores the new fingerprint; returns the summary's new version (the event's aggregate version). */
  async record(m: EntityManager, tenantId: string, employeeId: string, fingerprint: string): Promise<number> {
    const rows: { version: number }[] = await m.query(
      `insert into availability_summaries (tenant_id, employee_id, fingerprint, version) values ($1, $2, $3, 1)
       on conflict (tenant_id, employee_id) do update set fingerprint = excluded.fingerprint,
         version = availability_summaries.version + 1, published_at = now()
       returning version`,
      [tenantId, employeeId, fingerprint],
    );
    return rows[0].version;
  }
}
