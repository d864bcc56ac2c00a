import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

const OWNER_FK =
  'foreign key (tenant_id, employee_id) references participants (tenant_id, id) on delete cascade';

/**
 * Availability (settings, weekly rules, overrides, time off), calendar busy feeds with the tenant's SSRF
 * allow-list, availability-summary bookkeeping, the rotation-plan read model and speed-mentoring events.
 * The two `*_schedule` tables hold only ids and times: the pollers claim due rows across tenants with
 * `for update skip locked`, so they carry no RLS; everything else is tenant-isolated.
 */
export class CreateAvailabilityAndSpeedEvents1732000000320 implements MigrationInterface {
  name = 'CreateAvailabilityAndSpeedEvents1732000000320';

  async up(q: QueryRunner): Promise<void> {
    await this.availability(q);
    await this.feeds(q);
    await this.summaries(q);
    await this.speedEvents(q);
  }

  private async availability(q: QueryRunner): Promise<void> {
    await q.query(`
      create table availability_settings (
        tenant_id uuid not null,
        employee_id uuid not null,
        time_zone text not null,
        buffer_before_minutes int not null check (buffer_before_minutes between 0 and 1440),
        buffer_after_minutes int not null check (buffer_after_minutes between 0 and 1440),
        minimum_notice_minutes int not null check (minimum_notice_minutes >= 0),
        horizon_days int not null check (horizon_days between 0 and 730),
        max_sessions_per_day int check (max_sessions_per_day > 0),
        max_sessions_per_week int check (max_sessions_per_week > 0),
        session_lengths int[] not null,
        slot_granularity_minutes int not null check (slot_granularity_minutes between 1 and 1440),
        version int not null default 1,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, employee_id),
        ${OWNER_FK}
      )`);
    await enableTenantIsolation(q, 'availability_settings');
    await q.query(`
      create table availability_weekly_rules (
        tenant_id uuid not null,
        employee_id uuid not null,
        position int not null,
        weekdays smallint[] not null,
        start_time text not null,
        end_time text not null,
        primary key (tenant_id, employee_id, position),
        ${OWNER_FK}
      )`);
    await enableTenantIsolation(q, 'availability_weekly_rules');
    await q.query(`
      create table availability_overrides (
        tenant_id uuid not null,
        employee_id uuid not null,
        date date not null,
        kind text not null check (kind in ('blocked', 'extra', 'replace')),
        ranges jsonb not null default '[]',
        primary key (tenant_id, employee_id, date),
        ${OWNER_FK}
      )`);
    await enableTenantIsolation(q, 'availability_overrides');
    await q.query(`
      create table availability_time_off (
        tenant_id uuid not null,
        id uuid not null,
        employee_id uuid not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        primary key (tenant_id, id),
        check (ends_at > starts_at),
        ${OWNER_FK}
      )`);
    await q.query(
      'create index availability_time_off_by_employee on availability_time_off (tenant_id, employee_id)',
    );
    await enableTenantIsolation(q, 'availability_time_off');
  }

  private async feeds(q: QueryRunner): Promise<void> {
    // The URL is a secret (Outlook/Google "secret address"): stored here, never returned to anyone.
    await q.query(`
      create table calendar_feeds (
        tenant_id uuid not null,
        employee_id uuid not null,
        url text not null,
        last_fetched_at timestamptz,
        last_status text not null default 'pending'
          check (last_status in ('pending', 'ok', 'refused', 'unavailable')),
        last_error text,
        etag text,
        last_modified text,
        consecutive_failures int not null default 0,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, employee_id),
        ${OWNER_FK}
      )`);
    await enableTenantIsolation(q, 'calendar_feeds');
    await q.query(`
      create table calendar_feed_allow_list (
        tenant_id uuid not null,
        kind text not null check (kind in ('host', 'address')),
        entry text not null,
        primary key (tenant_id, kind, entry)
      )`);
    await enableTenantIsolation(q, 'calendar_feed_allow_list');
    await q.query(`
      create table calendar_feed_schedule (
        tenant_id uuid not null,
        employee_id uuid not null,
        next_fetch_at timestamptz not null,
        primary key (tenant_id, employee_id),
        ${OWNER_FK}
      )`);
    await q.query('create index calendar_feed_schedule_due on calendar_feed_schedule (next_fetch_at)');
  }

  private async summaries(q: QueryRunner): Promise<void> {
    await q.query(`
      create table availability_summary_schedule (
        tenant_id uuid not null,
        employee_id uuid not null,
        due_at timestamptz not null,
        primary key (tenant_id, employee_id),
        ${OWNER_FK}
      )`);
    await q.query('create index availability_summary_schedule_due on availability_summary_schedule (due_at)');
    await q.query(`
      create table availability_summaries (
        tenant_id uuid not null,
        employee_id uuid not null,
        fingerprint text not null,
        version int not null,
        published_at timestamptz not null default now(),
        primary key (tenant_id, employee_id),
        ${OWNER_FK}
      )`);
    await enableTenantIsolation(q, 'availability_summaries');
  }

  private async speedEvents(q: QueryRunner): Promise<void> {
    await q.query(`
      create table rotation_plans (
        tenant_id uuid not null,
        id uuid not null,
        version int not null,
        plan jsonb not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'rotation_plans');
    await q.query(`
      create table speed_events (
        tenant_id uuid not null,
        id uuid not null,
        name text not null,
        starts_at timestamptz not null,
        time_zone text not null,
        round_minutes int not null check (round_minutes between 5 and 60),
        break_minutes int not null check (break_minutes between 0 and 60),
        format text not null,
        location text,
        rooms text[] not null default '{}',
        rotation_plan_id uuid not null,
        mentor_ids uuid[] not null,
        participant_ids uuid[] not null,
        round_count int not null check (round_count > 0),
        registration_cap int check (registration_cap > 0),
        created_by uuid,
        version int not null default 1,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'speed_events');
    await q.query(`
      create table speed_event_pairings (
        tenant_id uuid not null,
        id uuid not null,
        event_id uuid not null,
        round int not null,
        mentor_id uuid not null,
        participant_ids uuid[] not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        room text,
        session_id uuid,
        status text not null check (status in ('booked', 'dropped')),
        primary key (tenant_id, id),
        foreign key (tenant_id, event_id) references speed_events (tenant_id, id) on delete cascade
      )`);
    // A mentor meets one group per round; dropped pairings stay as history.
    await q.query(
      `create unique index speed_event_pairings_one_per_round on speed_event_pairings (tenant_id, event_id, round, mentor_id)
       where status = 'booked'`,
    );
    await enableTenantIsolation(q, 'speed_event_pairings');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'speed_event_pairings',
      'speed_events',
      'rotation_plans',
      'availability_summaries',
      'availability_summary_schedule',
      'calendar_feed_schedule',
      'calendar_feed_allow_list',
      'calendar_feeds',
      'availability_time_off',
      'availability_overrides',
      'availability_weekly_rules',
      'availability_settings',
    ]) {
      await q.query(`drop table ${table}`);
    }
  }
}
