import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** Read by the ledger's append-only trigger (migration CreateRecognitionSchema1732000000500). */
const LEDGER_ERASURE_SETTING = 'app.ledger_erasure';

export interface LedgerCredit {
  readonly tenantId: string;
  readonly employeeId: string;
  readonly points: number;
  readonly reason: string;
  readonly sourceEventId: string;
}

/** The only SQL for the append-only points ledger; always inside a tenant transaction. */
@Injectable()
export class PointsLedgerRepository {
  /** Records points earned through an event; a second credit for the same event is ignored. */
  async credit(manager: EntityManager, credit: LedgerCredit): Promise<void> {
    await manager.query(
      `insert into points_ledger (tenant_id, id, employee_id, points, reason, source_event_id)
       values ($1, $2, $3, $4, $5, $6) on conflict (source_event_id) do nothing`,
      [credit.tenantId, randomUUID(), credit.employeeId, credit.points, credit.reason, credit.sourceEventId],
    );
  }

  async balanceOf(manager: EntityManager, tenantId: string, employeeId: string): Promise<number> {
    const rows: { total: number }[] = await manager.query(
      'select coalesce(sum(points), 0)::int as total from points_ledger where tenant_id = $1 and employee_id = $2',
      [tenantId, employeeId],
    );
    return rows[0].total;
  }

  /** Erasure, the one deletion the ledger allows: turned on for this transaction only. */
  async eraseEmployee(manager: EntityManager, tenantId: string, employeeId: string): Promise<void> {
    await manager.query(`select set_config('${LEDGER_ERASURE_SETTING}', 'on', true)`);
    await manager.query('delete from points_ledger where tenant_id = $1 and employee_id = $2', [
      tenantId,
      employeeId,
    ]);
    await manager.query(`select set_config('${LEDGER_ERASURE_SETTING}', 'off', true)`);
  }
}
