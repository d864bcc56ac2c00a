import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AvailabilitySummary, SessionSnapshot, SkillSnapshot } from '@mentormesh/contracts';

/** The only SQL for the read models of other services' events (skills, availability, sessions, ratings). */
@Injectable()
export class ReadModelRepository {
  async upsertSkill(
    manager: EntityManager,
    tenantId: string,
    version: number,
    s: SkillSnapshot,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `insert into skill_catalog (tenant_id, id, name, aliases, related, is_deleted, version)
       values ($1, $2, $3, $4, $5, false, $6)
       on conflict (tenant_id, id) do update set name = excluded.name, aliases = excluded.aliases,
         related = excluded.related, is_deleted = false, version = excluded.version
       where skill_catalog.version < excluded.version returning id`,
      [tenantId, s.id, s.name, s.aliases, JSON.stringify(s.related), version],
    );
    return rows.length > 0;
  }

  /** A tombstone, so a late older upsert cannot bring the skill back. */
  async deleteSkill(manager: EntityManager, tenantId: string, id: string, version: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `insert into skill_catalog (tenant_id, id, name, is_deleted, version) values ($1, $2, '', true, $3)
       on conflict (tenant_id, id) do update set is_deleted = true, version = excluded.version
       where skill_catalog.version < excluded.version returning id`,
      [tenantId, id, version],
    );
    return rows.length > 0;
  }

  async upsertAvailability(
    manager: EntityManager,
    tenantId: string,
    version: number,
    a: AvailabilitySummary,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `insert into availability_summaries (tenant_id, employee_id, time_zone, next_free_at, lengths_offered, days, version)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (tenant_id, employee_id) do update set time_zone = excluded.time_zone,
         next_free_at = excluded.next_free_at, lengths_offered = excluded.lengths_offered,
         days = excluded.days, version = excluded.version
       where availability_summaries.version < excluded.version returning employee_id`,
      [tenantId, a.employeeId, a.timeZone, a.nextFreeAt, a.lengthsOffered, JSON.stringify(a.days), version],
    );
    return rows.length > 0;
  }

  /** Stores the session's mentor, mentee, start and status unless a newer version is held. */
  async upsertSession(
    manager: EntityManager,
    tenantId: string,
    version: number,
    s: SessionSnapshot,
  ): Promise<string | null> {
    const mentor = s.participants.find((p) => p.role === 'mentor');
    const mentee = s.participants.find((p) => p.role === 'mentee');
    if (!mentor || !mentee) return null;
    const rows: unknown[] = await manager.query(
      `insert into session_load (tenant_id, session_id, mentor_id, mentee_id, status, starts_at, match_id, version)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (tenant_id, session_id) do update set mentor_id = excluded.mentor_id,
         mentee_id = excluded.mentee_id, status = excluded.status, starts_at = excluded.starts_at,
         match_id = excluded.match_id, version = excluded.version
       where session_load.version < excluded.version returning session_id`,
      [
        tenantId,
        s.id,
        mentor.employeeId,
        mentee.employeeId,
        s.status,
        s.startsAt,
        s.matchId ?? null,
        version,
      ],
    );
    return rows.length > 0 ? mentor.employeeId : null;
  }

  async addRating(
    manager: EntityManager,
    tenantId: string,
    r: { id: string; subjectId: string; authorId: string; rating: number },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `insert into mentor_ratings (tenant_id, feedback_id, subject_id, author_id, rating) values ($1, $2, $3, $4, $5)
       on conflict do nothing returning feedback_id`,
      [tenantId, r.id, r.subjectId, r.authorId, r.rating],
    );
    return rows.length > 0;
  }

  /** Erasure: the person leaves every read model, as mentor, mentee, author or subject. */
  async eraseEmployee(manager: EntityManager, tenantId: string, id: string): Promise<void> {
    const params = [tenantId, id];
    await manager.query(
      'delete from availability_summaries where tenant_id = $1 and employee_id = $2',
      params,
    );
    await manager.query(
      'delete from session_load where tenant_id = $1 and (mentor_id = $2 or mentee_id = $2)',
      params,
    );
    await manager.query('delete from mentor_ratings where tenant_id = $1 and subject_id = $2', params);
    await manager.query(
      'update mentor_ratings set author_id = null where tenant_id = $1 and author_id = $2',
      params,
    );
    await manager.query('delete from mentoring_requests where tenant_id = $1 and mentee_id = $2', params);
  }
}
