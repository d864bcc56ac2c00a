import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

export class CreateRequestsAndMatches1732000000210 implements MigrationInterface {
  name = 'CreateRequestsAndMatches1732000000210';

  async up(q: QueryRunner): Promise<void> {
    // What a mentee asked for. The question is personal data: it never leaves matching, erasure deletes it.
    await q.query(`
      create table mentoring_requests (
        tenant_id uuid not null,
        id uuid not null,
        mentee_id uuid not null,
        question text not null default '',
        skills jsonb not null default '[]'::jsonb,
        topics text[] not null default '{}',
        format text not null check (format in ('VIDEO_CALL', 'IN_PERSON', 'CHAT', 'ASYNC')),
        length_minutes int not null check (length_minutes between 5 and 60),
        language text,
        window_start timestamptz not null,
        window_end timestamptz not null check (window_end > window_start),
        mode text not null check (mode in ('SCHEDULED', 'ASK_NOW')),
        is_series boolean not null default false,
        perspectives int not null default 1 check (perspectives between 1 and 5),
        prefer_cross_department boolean not null default false,
        status text not null check (status in ('OPEN', 'WITHDRAWN')),
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query(
      'create index mentoring_requests_mentee on mentoring_requests (tenant_id, mentee_id, created_at)',
    );
    await enableTenantIsolation(q, 'mentoring_requests');

    // A proposed pairing, from a request or from a program run (cohort, meet-again), and what became of it.
    await q.query(`
      create table matches (
        tenant_id uuid not null,
        id uuid not null,
        request_id uuid,
        program_run_id uuid,
        mentee_id uuid not null,
        mentor_id uuid not null check (mentor_id <> mentee_id),
        status text not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
        score double precision not null,
        breakdown jsonb not null default '[]'::jsonb,
        format text not null check (format in ('VIDEO_CALL', 'IN_PERSON', 'CHAT', 'ASYNC')),
        length_minutes int not null check (length_minutes between 5 and 60),
        reason text,
        respond_by timestamptz,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, request_id) references mentoring_requests (tenant_id, id) on delete cascade
      )`);
    // A request never proposes the same mentor twice (also after a decline or expiry).
    await q.query(
      'create unique index matches_request_mentor on matches (tenant_id, request_id, mentor_id) where request_id is not null',
    );
    await q.query('create index matches_mentee on matches (tenant_id, mentee_id, created_at)');
    await q.query('create index matches_mentor on matches (tenant_id, mentor_id, created_at)');
    await q.query(
      'create index matches_program_run on matches (tenant_id, program_run_id) where program_run_id is not null',
    );
    await enableTenantIsolation(q, 'matches');

    // Deadlines of PROPOSED matches, across tenants, for the expiry sweep (FOR UPDATE SKIP LOCKED).
    // Ids and instants only, so it needs no tenant isolation (like the outbox).
    await q.query(`
      create table match_deadlines (
        match_id uuid primary key,
        tenant_id uuid not null,
        respond_by timestamptz not null
      )`);
    await q.query('create index match_deadlines_due on match_deadlines (respond_by)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table match_deadlines');
    await q.query('drop table matches');
    await q.query('drop table mentoring_requests');
  }
}
