import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The only SQL for calendar_feed_tokens: one hashed token per employee (the token itself is never stored). */
@Injectable()
export class FeedTokenRepository {
  async replace(manager: EntityManager, tenantId: string, employeeId: string, hash: Buffer): Promise<void> {
    await manager.query(
      `insert into calendar_feed_tokens (tenant_id, employee_id, token_hash) values ($1, $2, $3)
       on conflict (tenant_id, employee_id) do update set token_hash = excluded.token_hash, created_at = now()`,
      [tenantId, employeeId, hash],
    );
  }

  /** Whether a token existed. */
  async revoke(manager: EntityManager, tenantId: string, employeeId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'delete from calendar_feed_tokens where tenant_id = $1 and employee_id = $2 returning employee_id',
      [tenantId, employeeId],
    );
    return rows.length > 0;
  }

  async employeeFor(manager: EntityManager, tenantId: string, hash: Buffer): Promise<string | null> {
    const [row]: { employee_id: string }[] = await manager.query(
      'select employee_id from calendar_feed_tokens where tenant_id = $1 and token_hash = $2',
      [tenantId, hash],
    );
    return row?.employee_id ?? null;
  }
}
