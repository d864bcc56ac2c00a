import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SessionSnapshot } from '@mentormesh/contracts';

export interface KnownParticipant {
  readonly employeeId: string;
  readonly role: string;
}

export interface KnownSession {
  readonly id: string;
  readonly status: string;
  readonly endsAt: Date;
  readonly participants: readonly KnownParticipant[];
}

/** The only SQL for feedback's read model of sessions and who took part; always in a tenant transaction. */
@Injectable()
export class KnownSessionRepository {
  /** Applies a snapshot unless the stored version is the same or newer (events may arrive twice or late). */
  async applySnapshot(
    manager: EntityManager,
    tenantId: string,
    version: number,
    s: SessionSnapshot,
  ): Promise<void> {
    const applied: unknown[] = await manager.query(
      `insert into known_sessions (tenant_id, id, status, starts_at, ends_at, version)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (tenant_id, id) do update set
         status = excluded.status, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
         version = excluded.version, updated_at = now()
       where known_sessions.version < excluded.version
       returning id`,
      [tenantId, s.id, s.status, s.startsAt, s.endsAt, version],
    );
    if (applied.length === 0) return;
    await manager.query('delete from known_session_participants where tenant_id = $1 and session_id = $2', [
      tenantId,
      s.id,
    ]);
    await manager.query(
      `insert into known_session_participants (tenant_id, session_id, employee_id, role)
       select $1, $2, p.employee_id, p.role from unnest($3::uuid[], $4::text[]) as p (employee_id, role)`,
      [tenantId, s.id, s.participants.map((p) => p.employeeId), s.participants.map((p) => p.role)],
    );
  }

  /** A session and who took part; null when feedback has not heard of it. */
  async find(manager: EntityManager, tenantId: string, sessionId: string): Promise<KnownSession | null> {
    const sessions: { status: string; ends_at: Date }[] = await manager.query(
      'select status, ends_at from known_sessions where tenant_id = $1 and id = $2',
      [tenantId, sessionId],
    );
    if (sessions.length === 0) return null;
    const rows: { employee_id: string; role: string }[] = await manager.query(
      'select employee_id, role from known_session_participants where tenant_id = $1 and session_id = $2',
      [tenantId, sessionId],
    );
    return {
      id: sessionId,
      status: sessions[0].status,
      endsAt: sessions[0].ends_at,
      participants: rows.map((r) => ({ employeeId: r.employee_id, role: r.role })),
    };
  }

  /** Erasure: the person no longer appears as having taken part in any session. */
  async forgetEmployee(manager: EntityManager, tenantId: string, employeeId: string): Promise<void> {
    await manager.query('delete from known_session_participants where tenant_id = $1 and employee_id = $2', [
      tenantId,
      employeeId,
    ]);
  }
}
