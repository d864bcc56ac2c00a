import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface RecommendationChanges {
  /** Highest sequence number seen; pass it back next time. */
  readonly lastSeq: number;
  /** Employees whose mentor record changed. */
  readonly employeeIds: readonly string[];
  /** A tenant-wide change (weights, catalog, erasure): rebuild everything. */
  readonly tenantWide: boolean;
}

/** The change log every instance reads to keep its in-memory recommendation index current. */
@Injectable()
export class RecommendationChangesRepository {
  /** Records that an employee's mentor record (or, with null, the whole tenant) changed. */
  async record(manager: EntityManager, tenantId: string, employeeId: string | null): Promise<void> {
    await manager.query('insert into recommendation_changes (tenant_id, employee_id) values ($1, $2)', [
      tenantId,
      employeeId,
    ]);
  }

  /**
   * Drops entries older than an hour. Safe because every instance rebuilds a tenant's index at least every
   * 10 minutes, and a rebuild only needs the highest sequence number (which a newer entry always exceeds).
   */
  async prune(manager: EntityManager, tenantId: string): Promise<void> {
    await manager.query(
      `delete from recommendation_changes where tenant_id = $1 and changed_at < now() - interval '1 hour'`,
      [tenantId],
    );
  }

  async latestSeq(manager: EntityManager, tenantId: string): Promise<number> {
    const rows: { seq: string | null }[] = await manager.query(
      'select max(seq) as seq from recommendation_changes where tenant_id = $1',
      [tenantId],
    );
    return Number(rows[0]?.seq ?? 0);
  }

  async since(manager: EntityManager, tenantId: string, afterSeq: number): Promise<RecommendationChanges> {
    const rows: { seq: string; employee_id: string | null }[] = await manager.query(
      'select seq, employee_id from recommendation_changes where tenant_id = $1 and seq > $2 order by seq',
      [tenantId, afterSeq],
    );
    const ids = new Set<string>();
    let tenantWide = false;
    for (const row of rows) {
      if (row.employee_id === null) tenantWide = true;
      else ids.add(row.employee_id);
    }
    const lastSeq = rows.length > 0 ? Number(rows[rows.length - 1].seq) : afterSeq;
    return { lastSeq, employeeIds: [...ids], tenantWide };
  }
}
