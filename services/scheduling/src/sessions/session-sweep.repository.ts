import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';
import { SessionRecord } from './session.record';
import { SessionRepository } from './session.repository';

const LIVE = `('requested', 'confirmed', 'rescheduled')`;

/**
 * The queries of work that time or other services trigger on sessions: the settlement sweep (found across
 * tenants in the scheduler scope, then claimed per tenant with FOR UPDATE SKIP LOCKED) and departures.
 */
@Injectable()
export class SessionSweepRepository {
  constructor(private readonly sessions: SessionRepository) {}

  /** Scheduler scope: tenants with upcoming sessions that may be due for settlement before `before`. */
  async tenantsWithUnsettled(manager: EntityManager, before: Date): Promise<string[]> {
    await manager.query(`select set_config('app.scheduler', 'on', true)`);
    const rows: { tenant_id: string }[] = await manager.query(
      `select distinct tenant_id from sessions where status in ${LIVE} and starts_at <= $1`,
      [before],
    );
    return rows.map((r) => r.tenant_id);
  }

  /** Claims a tenant's unsettled sessions that started before `before`; other instances skip them. */
  async claimUnsettled(
    manager: EntityManager,
    tenantId: string,
    before: Date,
    limit: number,
  ): Promise<SessionRecord[]> {
    const sessions = await manager
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where(`s.tenant_id = :tenantId and s.status in ${LIVE} and s.starts_at <= :before`, {
        tenantId,
        before,
      })
      .orderBy('s.starts_at', 'ASC')
      .limit(limit)
      .getMany();
    return this.sessions.withParticipants(manager, tenantId, sessions);
  }

  /** Locks an employee's live sessions that have not started yet (e.g. to cancel them when they leave). */
  async lockUpcomingFor(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    now: Date,
  ): Promise<SessionRecord[]> {
    const sessions = await manager
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoin('session_participants', 'p', 'p.tenant_id = s.tenant_id and p.session_id = s.id')
      .setLock('pessimistic_write', undefined, ['s'])
      .where(`s.tenant_id = :tenantId and p.employee_id = :employeeId and s.status in ${LIVE}`, {
        tenantId,
        employeeId,
      })
      .andWhere('s.starts_at > :now', { now })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
    return this.sessions.withParticipants(manager, tenantId, sessions);
  }
}
