import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/**
 * Scheduling's first tables: the participants read model (from identity's employee events) and sessions
 * with their participants. Double booking is not prevented here yet: the exclusion constraint that makes it
 * impossible comes with the availability work.
 */
export class CreateSchedulingSchema1732000000300 implements MigrationInterface {
  name = 'CreateSchedulingSchema1732000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table participants (
        tenant_id uuid not null,
        id uuid not null,
        display_name text not null,
        time_zone text not null,
        status text not null check (status in ('ACTIVE', 'INACTIVE')),
        version int not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'participants');

    // Status and role use the vocabulary of sessions/domain (session.types.ts).
    await q.query(`
      create table sessions (
        tenant_id uuid not null,
        id uuid not null,
        agenda text not null default '',
        format text not null check (format in ('VIDEO_CALL', 'IN_PERSON', 'CHAT')),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        status text not null
          check (status in ('requested', 'confirmed', 'rescheduled', 'cancelled', 'completed', 'no_show')),
        created_by uuid,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        check (ends_at > starts_at),
        -- Erasing the creator keeps the session for the others but forgets who created it.
        foreign key (tenant_id, created_by) references participants (tenant_id, id) on delete set null (created_by)
      )`);
    await enableTenantIsolation(q, 'sessions');

    await q.query(`
      create table session_participants (
        tenant_id uuid not null,
        session_id uuid not null,
        employee_id uuid not null,
        role text not null check (role in ('mentor', 'mentee')),
        primary key (tenant_id, session_id, employee_id),
        foreign key (tenant_id, session_id) references sessions (tenant_id, id) on delete cascade,
        -- Erasing an employee removes them from every session they took part in.
        foreign key (tenant_id, employee_id) references participants (tenant_id, id) on delete cascade
      )`);
    await q.query(
      'create index session_participants_by_employee on session_participants (tenant_id, employee_id)',
    );
    await enableTenantIsolation(q, 'session_participants');
    await q.query('create index sessions_by_start on sessions (tenant_id, starts_at, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table session_participants');
    await q.query('drop table sessions');
    await q.query('drop table participants');
  }
}
