import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/** Rows visible to the scheduler's cross-tenant scan (ids and times only) when it sets `app.scheduler`. */
const SCHEDULER_SCOPE = `current_setting('app.scheduler', true) = 'on'`;

/**
 * Conflict-free booking and what the session lifecycle needs:
 * - every participant's time (buffers included) as a tstzrange on session_participants, with an exclusion
 *   constraint over live rows: PostgreSQL itself makes double booking impossible (btree_gist for `=`);
 * - lifecycle columns on sessions (sequence, cancellation, settlement, format details, match / series);
 * - the durable reminder schedule, tenant scheduling settings, the bookable-match read model, calendar
 *   contacts (for ICS attendees) and private calendar feed tokens (hashed).
 * The scheduler (reminders, auto-completion) finds due work across tenants through a read-only policy that
 * applies only when it sets `app.scheduler`; it then claims and changes rows inside each tenant's transaction.
 */
export class AddConflictFreeBooking1732000000310 implements MigrationInterface {
  name = 'AddConflictFreeBooking1732000000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query('create extension if not exists btree_gist');
    await this.extendSessions(q);
    await this.addBusyRanges(q);
    await this.createReminders(q);
    await this.createSettingsAndReadModels(q);
  }

  private async extendSessions(q: QueryRunner): Promise<void> {
    await q.query('alter table sessions drop constraint sessions_format_check');
    await q.query(`
      alter table sessions
        add constraint sessions_format_check check (format in ('VIDEO_CALL', 'IN_PERSON', 'CHAT', 'ASYNC')),
        add column time_zone text not null default 'UTC',
        add column location text,
        add column thread_url text,
        add column video_url text,
        add column match_id uuid,
        add column speed_event_id uuid,
        add column series_id uuid,
        add column series_index int,
        add column sequence int not null default 0,
        add column cancelled_by uuid,
        add column cancel_reason text,
        add column cancelled_at timestamptz,
        add column absentees uuid[] not null default '{}',
        add column settled_at timestamptz,
        add constraint sessions_length_check check (ends_at - starts_at between interval '5 minutes' and interval '60 minutes')`);
    await q.query(`create policy scheduler_scan on sessions for select using (${SCHEDULER_SCOPE})`);
    await q.query(
      `create index sessions_due_for_settlement on sessions (ends_at)
       where status in ('requested', 'confirmed', 'rescheduled')`,
    );
    await q.query(
      'create index sessions_by_series on sessions (tenant_id, series_id) where series_id is not null',
    );
  }

  private async addBusyRanges(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table session_participants
        add column during tstzrange,
        add column live boolean not null default true`);
    await q.query(`
      update session_participants p set during = tstzrange(s.starts_at, s.ends_at, '[)'),
        live = s.status in ('requested', 'confirmed', 'rescheduled')
      from sessions s where s.tenant_id = p.tenant_id and s.id = p.session_id`);
    await q.query('alter table session_participants alter column during set not null');
    await q.query(`
      alter table session_participants add constraint session_participants_no_overlap
        exclude using gist (tenant_id with =, employee_id with =, during with &&) where (live)`);
  }

  private async createReminders(q: QueryRunner): Promise<void> {
    await q.query(`
      create table session_reminders (
        tenant_id uuid not null,
        id uuid not null,
        session_id uuid not null,
        employee_id uuid not null,
        offset_minutes int not null check (offset_minutes > 0),
        session_start timestamptz not null,
        due_at timestamptz not null,
        sent_at timestamptz,
        primary key (tenant_id, id),
        unique (tenant_id, session_id, employee_id, session_start, offset_minutes),
        foreign key (tenant_id, session_id) references sessions (tenant_id, id) on delete cascade,
        foreign key (tenant_id, employee_id) references participants (tenant_id, id) on delete cascade
      )`);
    await enableTenantIsolation(q, 'session_reminders');
    await q.query(`create policy scheduler_scan on session_reminders for select using (${SCHEDULER_SCOPE})`);
    await q.query('create index session_reminders_due on session_reminders (due_at) where sent_at is null');
  }

  private async createSettingsAndReadModels(q: QueryRunner): Promise<void> {
    await q.query(`
      create table scheduling_settings (
        tenant_id uuid primary key,
        direct_booking_allowed boolean not null default true,
        reminder_offsets_minutes int[] not null default '{1440,10}',
        video_base_url text,
        cancel_until_minutes int not null default 60 check (cancel_until_minutes >= 0),
        reschedule_until_minutes int not null default 60 check (reschedule_until_minutes >= 0),
        cancellation_reason_required boolean not null default true,
        auto_complete_after_minutes int not null default 30 check (auto_complete_after_minutes >= 0),
        updated_at timestamptz not null default now()
      )`);
    await enableTenantIsolation(q, 'scheduling_settings');

    await q.query(`
      create table bookable_matches (
        tenant_id uuid not null,
        id uuid not null,
        mentee_id uuid not null,
        mentor_id uuid not null,
        status text not null,
        format text not null,
        length_minutes int not null,
        version int not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'bookable_matches');

    await q.query(`
      create table calendar_contacts (
        tenant_id uuid not null,
        employee_id uuid not null,
        email text not null,
        display_name text not null,
        version int not null,
        primary key (tenant_id, employee_id)
      )`);
    await enableTenantIsolation(q, 'calendar_contacts');

    await q.query(`
      create table calendar_feed_tokens (
        tenant_id uuid not null,
        employee_id uuid not null,
        token_hash bytea not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, employee_id),
        unique (tenant_id, token_hash),
        foreign key (tenant_id, employee_id) references participants (tenant_id, id) on delete cascade
      )`);
    await enableTenantIsolation(q, 'calendar_feed_tokens');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table calendar_feed_tokens');
    await q.query('drop table calendar_contacts');
    await q.query('drop table bookable_matches');
    await q.query('drop table scheduling_settings');
    await q.query('drop table session_reminders');
    await q.query('alter table session_participants drop constraint session_participants_no_overlap');
    await q.query('alter table session_participants drop column during, drop column live');
    await q.query('drop policy scheduler_scan on sessions');
    await q.query('drop index sessions_due_for_settlement');
    await q.query('drop index sessions_by_series');
    await q.query(`
      alter table sessions drop constraint sessions_length_check, drop constraint sessions_format_check,
        drop column time_zone, drop column location, drop column thread_url, drop column video_url,
        drop column match_id, drop column speed_event_id, drop column series_id, drop column series_index,
        drop column sequence, drop column cancelled_by, drop column cancel_reason, drop column cancelled_at,
        drop column absentees, drop column settled_at`);
    await q.query(
      `alter table sessions add constraint sessions_format_check check (format in ('VIDEO_CALL', 'IN_PERSON', 'CHAT'))`,
    );
  }
}
