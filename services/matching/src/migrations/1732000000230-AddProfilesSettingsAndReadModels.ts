import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/** Complete mentor/mentee profiles, tenant matching settings, and the read models recommendations use. */
export class AddProfilesSettingsAndReadModels1732000000230 implements MigrationInterface {
  name = 'AddProfilesSettingsAndReadModels1732000000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table mentor_profiles
        add column expertise jsonb not null default '[]'::jsonb,
        add column interests text[] not null default '{}',
        add column goals text[] not null default '{}',
        add column max_open_mentees int not null default 3 check (max_open_mentees >= 0),
        add column languages text[] not null default '{}',
        add column office_location text,
        add column help_departments text[] not null default '{}',
        add column vetting_status text not null default 'PENDING'
          check (vetting_status in ('PENDING', 'VETTED', 'REJECTED'))`);

    await q.query(`
      create table matching_settings (
        tenant_id uuid primary key,
        weights jsonb not null default '{}'::jsonb,
        requires_vetting boolean not null default false,
        respond_within_minutes int not null default 2880 check (respond_within_minutes between 5 and 43200),
        updated_at timestamptz not null default now()
      )`);
    await enableTenantIsolation(q, 'matching_settings');

    // Identity's skill catalog (names, aliases, related skills); deleted skills stay as tombstones.
    await q.query(`
      create table skill_catalog (
        tenant_id uuid not null,
        id uuid not null,
        name text not null,
        aliases text[] not null default '{}',
        related jsonb not null default '[]'::jsonb,
        is_deleted boolean not null default false,
        version int not null,
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'skill_catalog');

    // Scheduling's availability summaries, one per employee, replaced by newer versions.
    await q.query(`
      create table availability_summaries (
        tenant_id uuid not null,
        employee_id uuid not null,
        time_zone text not null,
        next_free_at timestamptz,
        lengths_offered int[] not null default '{}',
        days jsonb not null default '[]'::jsonb,
        version int not null,
        primary key (tenant_id, employee_id)
      )`);
    await enableTenantIsolation(q, 'availability_summaries');

    // Scheduling's sessions as far as load is concerned: who mentors whom, when, in which state.
    await q.query(`
      create table session_load (
        tenant_id uuid not null,
        session_id uuid not null,
        mentor_id uuid not null,
        mentee_id uuid not null,
        status text not null,
        starts_at timestamptz not null,
        match_id uuid,
        version int not null,
        primary key (tenant_id, session_id)
      )`);
    await q.query('create index session_load_mentor on session_load (tenant_id, mentor_id, starts_at)');
    await enableTenantIsolation(q, 'session_load');

    // Feedback ratings of people (rating only; comments stay in feedback), for the quality score.
    await q.query(`
      create table mentor_ratings (
        tenant_id uuid not null,
        feedback_id uuid not null,
        subject_id uuid not null,
        author_id uuid,
        rating int not null check (rating between 1 and 5),
        primary key (tenant_id, feedback_id)
      )`);
    await q.query('create index mentor_ratings_subject on mentor_ratings (tenant_id, subject_id)');
    await enableTenantIsolation(q, 'mentor_ratings');

    // Every change that affects recommendations, in order: each instance applies the ones it has not seen
    // to its in-memory index (employee_id null = tenant-wide change such as weights or the skill catalog).
    await q.query(`
      create table recommendation_changes (
        seq bigserial primary key,
        tenant_id uuid not null,
        employee_id uuid,
        changed_at timestamptz not null default now()
      )`);
    await q.query('create index recommendation_changes_tenant on recommendation_changes (tenant_id, seq)');
    await enableTenantIsolation(q, 'recommendation_changes');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'recommendation_changes',
      'mentor_ratings',
      'session_load',
      'availability_summaries',
      'skill_catalog',
      'matching_settings',
    ]) {
      await q.query(`drop table ${table}`);
    }
    await q.query(`
      alter table mentor_profiles drop column expertise, drop column interests, drop column goals,
        drop column max_open_mentees, drop column languages, drop column office_location,
        drop column help_departments, drop column vetting_status`);
  }
}
