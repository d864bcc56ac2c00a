import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

export class CreateMatchingSchema1732000000200 implements MigrationInterface {
  name = 'CreateMatchingSchema1732000000200';

  async up(q: QueryRunner): Promise<void> {
    // Read model of identity's employees, kept from their events (never from identity's tables).
    await q.query(`
      create table employee_directory (
        tenant_id uuid not null,
        id uuid not null,
        display_name text not null,
        department text,
        manager_id uuid,
        time_zone text not null,
        languages text[] not null default '{}',
        status text not null,
        roles text[] not null default '{}',
        skills jsonb not null default '[]'::jsonb,
        version int not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'employee_directory');

    await q.query(`
      create table mentor_profiles (
        tenant_id uuid not null,
        employee_id uuid not null,
        is_mentor boolean not null default false,
        bio text not null default '',
        topics text[] not null default '{}',
        formats text[] not null default '{}',
        session_lengths int[] not null default '{15,30}',
        capacity_per_week int not null default 2 check (capacity_per_week >= 0),
        paused_until timestamptz,
        available_now boolean not null default false,
        version int not null default 1,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, employee_id),
        foreign key (tenant_id, employee_id) references employee_directory (tenant_id, id) on delete cascade
      )`);
    await enableTenantIsolation(q, 'mentor_profiles');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table mentor_profiles');
    await q.query('drop table employee_directory');
  }
}
