import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SessionStatus } from '../sessions/domain';

export interface NewReminder {
  readonly employeeId: string;
  readonly offsetMinutes: number;
  readonly sessionStart: Date;
  readonly dueAt: Date;
}

/** A claimed reminder with the current state of its session. */
export interface ClaimedReminder {
  readonly id: string;
  readonly sessionId: string;
  readonly employeeId: string;
  readonly offsetMinutes: number;
  readonly sessionStart: Date;
  readonly dueAt: Date;
  readonly sessionStatus: SessionStatus;
  readonly sessionStartsAt: Date;
  readonly sessionVersion: number;
}

interface ClaimedRow {
  readonly id: string;
  readonly session_id: string;
  readonly employee_id: string;
  readonly offset_minutes: number;
  readonly session_start: Date;
  readonly due_at: Date;
  readonly status: SessionStatus;
  readonly starts_at: Date;
  readonly version: number;
}

/** The only SQL for session_reminders, the durable reminder schedule. */
@Injectable()
export class ReminderRepository {
  /** Replaces a session's unsent reminders (booking, reschedule). */
  async replace(
    manager: EntityManager,
    tenantId: string,
    sessionId: string,
    reminders: readonly NewReminder[],
  ): Promise<void> {
    await this.dropUnsent(manager, tenantId, sessionId);
    if (reminders.length === 0) return;
    await manager.query(
      `insert into session_reminders (tenant_id, id, session_id, employee_id, offset_minutes, session_start, due_at)
       select $1, r.id, $2, r.employee_id, r.offset_minutes, r.session_start, r.due_at
       from unnest($3::uuid[], $4::uuid[], $5::int[], $6::timestamptz[], $7::timestamptz[])
         as r (id, employee_id, offset_minutes, session_start, due_at)
       on conflict do nothing`,
      [
        tenantId,
        sessionId,
        reminders.map(() => randomUUID()),
        reminders.map((r) => r.employeeId),
        reminders.map((r) => r.offsetMinutes),
        reminders.map((r) => r.sessionStart),
        reminders.map((r) => r.dueAt),
      ],
    );
  }

  async dropUnsent(manager: EntityManager, tenantId: string, sessionId: string): Promise<void> {
    await manager.query(
      'delete from session_reminders where tenant_id = $1 and session_id = $2 and sent_at is null',
      [tenantId, sessionId],
    );
  }

  /** Scheduler scope: tenants that have unsent reminders due at `now`. */
  async tenantsWithDue(manager: EntityManager, now: Date): Promise<string[]> {
    await manager.query(`select set_config('app.scheduler', 'on', true)`);
    const rows: { tenant_id: string }[] = await manager.query(
      'select distinct tenant_id from session_reminders where sent_at is null and due_at <= $1',
      [now],
    );
    return rows.map((r) => r.tenant_id);
  }

  /** Locks a tenant's due reminders; rows another dispatcher holds are skipped, sent ones no longer match. */
  async claimDue(
    manager: EntityManager,
    tenantId: string,
    now: Date,
    limit: number,
  ): Promise<ClaimedReminder[]> {
    const rows: ClaimedRow[] = await manager.query(
      `select r.id, r.session_id, r.employee_id, r.offset_minutes, r.session_start, r.due_at,
              s.status, s.starts_at, s.version
       from session_reminders r join sessions s on s.tenant_id = r.tenant_id and s.id = r.session_id
       where r.tenant_id = $1 and r.sent_at is null and r.due_at <= $2
       order by r.due_at limit $3
       for update of r skip locked`,
      [tenantId, now, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      employeeId: r.employee_id,
      offsetMinutes: r.offset_minutes,
      sessionStart: r.session_start,
      dueAt: r.due_at,
      sessionStatus: r.status,
      sessionStartsAt: r.starts_at,
      sessionVersion: r.version,
    }));
  }

  async markSent(manager: EntityManager, tenantId: string, ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      'update session_reminders set sent_at = $3 where tenant_id = $1 and id = any($2::uuid[])',
      [tenantId, [...ids], now],
    );
  }

  async delete(manager: EntityManager, tenantId: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query('delete from session_reminders where tenant_id = $1 and id = any($2::uuid[])', [
      tenantId,
      [...ids],
    ]);
  }

  /** Reminders of a session as stored (for tests and support). */
  async forSession(
    manager: EntityManager,
    tenantId: string,
    sessionId: string,
  ): Promise<{ employeeId: string; offsetMinutes: number; dueAt: Date; sentAt: Date | null }[]> {
    const rows: { employee_id: string; offset_minutes: number; due_at: Date; sent_at: Date | null }[] =
      await manager.query(
        `select employee_id, offset_minutes, due_at, sent_at from session_reminders
         where tenant_id = $1 and session_id = $2 order by due_at, employee_id`,
        [tenantId, sessionId],
      );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      offsetMinutes: r.offset_minutes,
      dueAt: r.due_at,
      sentAt: r.sent_at,
    }));
  }
}
