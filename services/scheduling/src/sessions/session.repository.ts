import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ParticipantRole } from './domain';
import { SessionEntity } from './session.entity';
import { SlotTakenError } from './session.errors';
import { BusyRange, ParticipantSpan, SessionRecord } from './session.record';

/** Narrows an employee's session list. */
export interface SessionListFilter {
  readonly statuses?: readonly string[];
  readonly from?: Date;
  readonly to?: Date;
}

export type NewSession = Omit<SessionEntity, 'createdAt' | 'updatedAt'>;
export type SessionPatch = Partial<Omit<SessionEntity, 'tenantId' | 'id' | 'createdAt' | 'updatedAt'>>;

interface ParticipantRow {
  readonly session_id: string;
  readonly employee_id: string;
  readonly role: ParticipantRole;
}

/**
 * The only SQL for sessions and session_participants; always inside a tenant transaction. Writing a
 * participant's `during` range is where the exclusion constraint answers: a collision fails the statement
 * with 23P01 and the whole transaction rolls back.
 */
@Injectable()
export class SessionRepository {
  async insert(
    manager: EntityManager,
    session: NewSession,
    participants: readonly ParticipantSpan[],
  ): Promise<SessionRecord> {
    await manager.insert(SessionEntity, session);
    // Sorted by employee so concurrent bookings take the constraint's locks in the same order.
    const sorted = [...participants].sort((a, b) => a.employeeId.localeCompare(b.employeeId));
    await this.guarded(manager, session.tenantId, session.id, participants, () =>
      manager.query(
        `insert into session_participants (tenant_id, session_id, employee_id, role, during, live)
       select $1, $2, p.employee_id, p.role, p.during::tstzrange, $6
       from unnest($3::uuid[], $4::text[], $5::text[]) as p (employee_id, role, during)`,
        [
          session.tenantId,
          session.id,
          sorted.map((p) => p.employeeId),
          sorted.map((p) => p.role),
          sorted.map((p) => p.during),
          isLive(session.status),
        ],
      ),
    );
    const stored = await manager.findOneByOrFail(SessionEntity, {
      tenantId: session.tenantId,
      id: session.id,
    });
    return {
      session: stored,
      participants: participants.map(({ employeeId, role }) => ({ employeeId, role })),
    };
  }

  async findById(manager: EntityManager, tenantId: string, id: string): Promise<SessionRecord | null> {
    const session = await manager.findOneBy(SessionEntity, { tenantId, id });
    if (!session) return null;
    const [record] = await this.withParticipants(manager, tenantId, [session]);
    return record;
  }

  /** Loads and row-locks a session for a lifecycle change. */
  async findForUpdate(manager: EntityManager, tenantId: string, id: string): Promise<SessionRecord | null> {
    const session = await manager
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.tenant_id = :tenantId and s.id = :id', { tenantId, id })
      .getOne();
    if (!session) return null;
    const [record] = await this.withParticipants(manager, tenantId, [session]);
    return record;
  }

  /**
   * Saves a change: the row (version + 1) and every participant's range and liveness. Moving a live session
   * onto someone's other session fails here with 23P01.
   */
  async update(
    manager: EntityManager,
    current: SessionEntity,
    patch: SessionPatch,
    spans: readonly Pick<ParticipantSpan, 'employeeId' | 'during'>[],
  ): Promise<SessionEntity> {
    const next = { ...patch, version: current.version + 1 };
    await manager.update(SessionEntity, { tenantId: current.tenantId, id: current.id }, next);
    const sorted = [...spans].sort((a, b) => a.employeeId.localeCompare(b.employeeId));
    await this.guarded(manager, current.tenantId, current.id, spans, () =>
      manager.query(
        `update session_participants sp set during = p.during::tstzrange, live = $5
       from unnest($3::uuid[], $4::text[]) as p (employee_id, during)
       where sp.tenant_id = $1 and sp.session_id = $2 and sp.employee_id = p.employee_id`,
        [
          current.tenantId,
          current.id,
          sorted.map((s) => s.employeeId),
          sorted.map((s) => s.during),
          isLive(patch.status ?? current.status),
        ],
      ),
    );
    return manager.findOneByOrFail(SessionEntity, { tenantId: current.tenantId, id: current.id });
  }

  /** Keyset page of an employee's sessions ordered by (starts_at, id); returns `limit` rows. */
  async pageForEmployee(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    limit: number,
    after?: { startsAt: string; id: string },
    filter: SessionListFilter = {},
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
    if (filter.statuses?.length) query.andWhere('s.status in (:...statuses)', { statuses: filter.statuses });
    if (filter.from) query.andWhere('s.ends_at > :from', { from: filter.from });
    if (filter.to) query.andWhere('s.starts_at < :to', { to: filter.to });
    return this.withParticipants(manager, tenantId, await query.getMany());
  }

  /** Every session of a series, earliest first. */
  async findSeries(manager: EntityManager, tenantId: string, seriesId: string): Promise<SessionRecord[]> {
    const sessions = await manager.find(SessionEntity, {
      where: { tenantId, seriesId },
      order: { startsAt: 'ASC' },
    });
    return this.withParticipants(manager, tenantId, sessions);
  }

  /** Booked busy ranges (live sessions, buffers included) of these people overlapping [from, to). */
  async busyRanges(
    manager: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<BusyRange[]> {
    const rows: { employee_id: string; session_id: string; start: Date; end: Date }[] = await manager.query(
      `select employee_id, session_id, lower(during) as start, upper(during) as "end"
       from session_participants
       where tenant_id = $1 and employee_id = any($2::uuid[]) and live and during && tstzrange($3, $4, '[)')
       order by lower(during)`,
      [tenantId, [...employeeIds], from, to],
    );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      sessionId: r.session_id,
      start: r.start,
      end: r.end,
    }));
  }

  /**
   * Runs a write of participant ranges under a savepoint. When the exclusion constraint refuses it (23P01),
   * PostgreSQL does not say whom (row-level security hides the key), so the savepoint is rolled back and the
   * first participant with an overlapping live session is looked up, for an error that names them.
   */
  private async guarded(
    manager: EntityManager,
    tenantId: string,
    sessionId: string,
    spans: readonly Pick<ParticipantSpan, 'employeeId' | 'during'>[],
    write: () => Promise<unknown>,
  ): Promise<void> {
    await manager.query('savepoint participant_ranges');
    try {
      await write();
    } catch (error: unknown) {
      if (!isExclusionViolation(error)) throw error;
      await manager.query('rollback to savepoint participant_ranges');
      const [busy]: { employee_id: string }[] = await manager.query(
        `select sp.employee_id from session_participants sp
         join unnest($3::uuid[], $4::text[]) as p (employee_id, during) on p.employee_id = sp.employee_id
         where sp.tenant_id = $1 and sp.session_id <> $2 and sp.live and sp.during && p.during::tstzrange
         order by sp.employee_id limit 1`,
        [tenantId, sessionId, spans.map((s) => s.employeeId), spans.map((s) => s.during)],
      );
      throw new SlotTakenError(busy?.employee_id ?? null);
    }
    await manager.query('release savepoint participant_ranges');
  }

  /** Loads who takes part in each of these sessions. */
  async withParticipants(
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

function isExclusionViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e.code ?? e.driverError?.code) === '23P01';
}

function isLive(status: string): boolean {
  return status === 'requested' || status === 'confirmed' || status === 'rescheduled';
}
