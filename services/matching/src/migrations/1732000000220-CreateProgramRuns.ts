import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/**
 * Programs run by L&D managers: cohort assignment runs (durable jobs with progress and a result) and
 * speed-mentoring / mentor-mixer rotation plans with the participants' "meet again" choices.
 */
export class CreateProgramRuns1732000000220 implements MigrationInterface {
  name = 'CreateProgramRuns1732000000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table program_runs (
        tenant_id uuid not null,
        id uuid not null,
        name text not null check (char_length(name) between 1 and 200),
        status text not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        progress int not null default 0 check (progress between 0 and 100),
        phase text not null default 'queued',
        input jsonb not null,
        result jsonb,
        error jsonb,
        attempts int not null default 0,
        requested_by uuid not null,
        approved_at timestamptz,
        approved_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        finished_at timestamptz,
        primary key (tenant_id, id)
      )`);
    await q.query('create index program_runs_created on program_runs (tenant_id, created_at)');
    await enableTenantIsolation(q, 'program_runs');

    // The job queue across tenants, claimed with FOR UPDATE SKIP LOCKED and held by a heartbeat lease.
    // Ids and instants only, so it needs no tenant isolation (like the outbox and match deadlines).
    await q.query(`
      create table program_run_jobs (
        run_id uuid primary key,
        tenant_id uuid not null,
        enqueued_at timestamptz not null default now(),
        lease_owner text,
        lease_expires_at timestamptz
      )`);
    await q.query(
      'create index program_run_jobs_claimable on program_run_jobs (lease_expires_at nulls first, enqueued_at)',
    );

    await q.query(`
      create table rotation_plans (
        tenant_id uuid not null,
        id uuid not null,
        name text not null check (char_length(name) between 1 and 200),
        input jsonb not null,
        plan jsonb not null,
        baseline jsonb not null,
        created_by uuid not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'rotation_plans');

    await q.query(`
      create table meet_again_choices (
        tenant_id uuid not null,
        plan_id uuid not null,
        chooser_id uuid not null,
        chosen_id uuid not null check (chosen_id <> chooser_id),
        created_at timestamptz not null default now(),
        primary key (tenant_id, plan_id, chooser_id, chosen_id),
        foreign key (tenant_id, plan_id) references rotation_plans (tenant_id, id) on delete cascade
      )`);
    await enableTenantIsolation(q, 'meet_again_choices');

    // Mutual pairs already turned into proposed matches, so a later choice never proposes them twice.
    await q.query(`
      create table meet_again_proposals (
        tenant_id uuid not null,
        plan_id uuid not null,
        participant_id uuid not null,
        mentor_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, plan_id, participant_id, mentor_id),
        foreign key (tenant_id, plan_id) references rotation_plans (tenant_id, id) on delete cascade
      )`);
    await enableTenantIsolation(q, 'meet_again_proposals');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table meet_again_proposals');
    await q.query('drop table meet_again_choices');
    await q.query('drop table rotation_plans');
    await q.query('drop table program_run_jobs');
    await q.query('drop table program_runs');
  }
}
