import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/**
 * Feedback's first tables: a read model of who took part in which session (from scheduling's session
 * events) and the feedback itself. Erasure (employee.erased): feedback the person wrote keeps its rating
 * but loses its author and comment; feedback about them, and their session participations, are deleted.
 */
export class CreateFeedbackSchema1732000000400 implements MigrationInterface {
  name = 'CreateFeedbackSchema1732000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table known_sessions (
        tenant_id uuid not null,
        id uuid not null,
        status text not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        version int not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'known_sessions');

    await q.query(`
      create table known_session_participants (
        tenant_id uuid not null,
        session_id uuid not null,
        employee_id uuid not null,
        role text not null,
        primary key (tenant_id, session_id, employee_id),
        foreign key (tenant_id, session_id) references known_sessions (tenant_id, id) on delete cascade
      )`);
    await q.query(
      'create index known_session_participants_by_employee on known_session_participants (tenant_id, employee_id)',
    );
    await enableTenantIsolation(q, 'known_session_participants');

    await q.query(`
      create table feedback (
        tenant_id uuid not null,
        id uuid not null,
        session_id uuid not null,
        author_id uuid,
        subject_id uuid not null,
        rating smallint not null check (rating between 1 and 5),
        comment text check (char_length(comment) <= 2000),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check (author_id is distinct from subject_id),
        -- One piece of feedback per author, subject and session (erased authors are null and never clash).
        unique (tenant_id, session_id, author_id, subject_id)
      )`);
    await q.query('create index feedback_by_session on feedback (tenant_id, session_id, created_at)');
    await q.query('create index feedback_by_author on feedback (tenant_id, author_id)');
    await q.query('create index feedback_by_subject on feedback (tenant_id, subject_id)');
    await enableTenantIsolation(q, 'feedback');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table feedback');
    await q.query('drop table known_session_participants');
    await q.query('drop table known_sessions');
  }
}
