import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MatchStatus } from './domain/match-status';
import { MatchEntity } from './match.entity';

export type NewMatch = Omit<MatchEntity, 'version' | 'createdAt' | 'updatedAt' | 'reason'>;

export interface DueDeadline {
  readonly tenantId: string;
  readonly matchId: string;
}

/** The only SQL for matches and their deadlines; tenant tables only inside a tenant transaction. */
@Injectable()
export class MatchRepository {
  async insert(manager: EntityManager, match: NewMatch): Promise<MatchEntity> {
    await manager.insert(MatchEntity, { ...match, reason: null, version: 1 });
    if (match.respondBy) {
      await manager.query(
        'insert into match_deadlines (match_id, tenant_id, respond_by) values ($1, $2, $3)',
        [match.id, match.tenantId, match.respondBy],
      );
    }
    return manager.findOneByOrFail(MatchEntity, { tenantId: match.tenantId, id: match.id });
  }

  /** Locks the match row for a status change. */
  findForUpdate(manager: EntityManager, tenantId: string, id: string): Promise<MatchEntity | null> {
    return manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.tenant_id = :tenantId and m.id = :id', { tenantId, id })
      .getOne();
  }

  find(manager: EntityManager, tenantId: string, id: string): Promise<MatchEntity | null> {
    return manager.findOneBy(MatchEntity, { tenantId, id });
  }

  async moveTo(
    manager: EntityManager,
    match: MatchEntity,
    status: MatchStatus,
    reason: string | null,
  ): Promise<MatchEntity> {
    await manager.query(
      `update matches set status = $3, reason = $4, version = version + 1, updated_at = now()
       where tenant_id = $1 and id = $2`,
      [match.tenantId, match.id, status, reason],
    );
    await manager.query('delete from match_deadlines where match_id = $1', [match.id]);
    return manager.findOneByOrFail(MatchEntity, { tenantId: match.tenantId, id: match.id });
  }

  forRequest(manager: EntityManager, tenantId: string, requestId: string): Promise<MatchEntity[]> {
    return manager.find(MatchEntity, {
      where: { tenantId, requestId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  forProgramRun(manager: EntityManager, tenantId: string, programRunId: string): Promise<MatchEntity[]> {
    return manager.find(MatchEntity, {
      where: { tenantId, programRunId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The caller's matches as mentee or mentor, newest first, keyset-paginated by (created_at, id). */
  forParticipant(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    side: 'MENTEE' | 'MENTOR',
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<MatchEntity[]> {
    const column = side === 'MENTEE' ? 'm.mentee_id' : 'm.mentor_id';
    const query = manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .where(`m.tenant_id = :tenantId and ${column} = :employeeId`, { tenantId, employeeId })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(limit);
    if (after) query.andWhere('(m.created_at, m.id) < (:at, :id)', { at: after.createdAt, id: after.id });
    return query.getMany();
  }

  /** Mentors this mentee must not be proposed again: a decline in either direction. */
  async declinedMentorIds(manager: EntityManager, tenantId: string, menteeId: string): Promise<string[]> {
    const rows: { mentor_id: string }[] = await manager.query(
      `select distinct mentor_id from matches where tenant_id = $1 and mentee_id = $2 and status = 'DECLINED'`,
      [tenantId, menteeId],
    );
    return rows.map((r) => r.mentor_id);
  }

  /**
   * Claims up to `limit` overdue deadlines across tenants. Rows stay locked (SKIP LOCKED for other
   * instances) until the caller's transaction ends; the caller deletes them through `moveTo`.
   */
  async claimDue(manager: EntityManager, now: Date, limit: number): Promise<DueDeadline[]> {
    const rows: { tenant_id: string; match_id: string }[] = await manager.query(
      `select tenant_id, match_id from match_deadlines where respond_by <= $1
       order by respond_by limit $2 for update skip locked`,
      [now, limit],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, matchId: r.match_id }));
  }

  async dropDeadline(manager: EntityManager, matchId: string): Promise<void> {
    await manager.query('delete from match_deadlines where match_id = $1', [matchId]);
  }

  /** Erasure: every match the person took part in goes, with its deadline. */
  async eraseParticipant(manager: EntityManager, tenantId: string, employeeId: string): Promise<void> {
    await manager.query(
      `delete from match_deadlines where match_id in
         (select id from matches where tenant_id = $1 and (mentee_id = $2 or mentor_id = $2))`,
      [tenantId, employeeId],
    );
    await manager.query('delete from matches where tenant_id = $1 and (mentee_id = $2 or mentor_id = $2)', [
      tenantId,
      employeeId,
    ]);
  }
}
