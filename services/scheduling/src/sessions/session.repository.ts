import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ParticipantRole } from './domain';
import { SessionEntity } from './session.entity';
import { SessionParticipantRecord, SessionRecord } from './session.record';

export type NewSession = Omit<SessionEntity, 'createdAt' | 'updatedAt'>;

interface ParticipantRow {
  readonly session_id: string;
  readonly employee_id: string;
  readonly role: ParticipantRole;
}

/** The only SQL for sessions and session_participants; always inside a tenant transaction. */
@Injectable()
export class SessionRepository {
  async insert(
    manager: EntityManager,
    session: NewSession,
    participants: readonly SessionParticipantRecord[],
  ): Promise<SessionRecord> {
    await manager.insert(SessionEntity, session);
    await manager.query(
      `insert into session_participants (tenant_id, session_id, employee_id, role)
       select $1, $2, p.employee_id, p.role from unnest($3::uuid[], $4::text[]) as p (employee_id, role)`,
      [session.tenantId, session.id, participants.map((p) => p.employeeId), participants.map((p) => p.role)],
    );
    const stored = await manager.findOneByOrFail(SessionEntity, {
      tenantId: session.tenantId,
      id: session.id,
    });
    return { session: stored, participants };
  }

  async findById(manager: EntityManager, tenantId: string, id: string): Promise<SessionRecord | null> {
    const session = await manager.findOneBy(SessionEntity, { tenantId, id });
    if (!session) return null;
    const [record] = await this.withParticipants(manager, tenantId, [session]);
    return record;
  }

  /** Keyset page of an employee's sessions ordered by (starts_at, id); returns `limit` rows. */
  async pageForEmployee(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    limit: number,
    after?: { startsAt: string; id: string },
  ): Promise<SessionRecord[]> {
    const query = manager
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoin('session_participants', 'p', 'p.tenant_id = s.tenant_id and p.session_id = s.id')
      .where('s.tenant_id = :tenantId and p.employee_id = :employeeId', { tenantId, employeeId })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(s.starts_at, s.id) > (:startsAt, :id)', after);
    return this.withParticipants(manager, tenantId, await query.getMany());
  }

  private async withParticipants(
    manager: EntityManager,
    tenantId: string,
    sessions: readonly SessionEntity[],
  ): Promise<SessionRecord[]> {
    if (sessions.length === 0) return [];
    const rows: ParticipantRow[] = await manager.query(
      `select session_id, employee_id, role from session_participants
       where tenant_id = $1 and session_id = any($2::uuid[]) order by role desc, employee_id`,
      [tenantId, sessions.map((s) => s.id)],
    );
    return sessions.map((session) => ({
      session,
      participants: rows
        .filter((r) => r.session_id === session.id)
        .map((r) => ({ employeeId: r.employee_id, role: r.role })),
    }));
  }
}
