import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox and inbox, shared by every service. Neither is tenant-scoped by RLS: they are infrastructure
 * that only the relay and consumers touch, never a request (see docs/decisions/0002-outbox-without-rls.md).
 */
export class CreateMessagingTables1732000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1732000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table outbox_events (
        id bigserial primary key,
        event_id uuid not null unique,
        tenant_id uuid not null,
        topic text not null,
        message_key text not null,
        event_type text not null,
        envelope jsonb not null,
        headers jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(),
        published_at timestamptz
      )`);
    await q.query(`create index outbox_events_unpublished on outbox_events (id) where published_at is null`);
    await q.query(`
      create table inbox_messages (
        consumer text not null,
        event_id uuid not null,
        tenant_id uuid not null,
        event_type text not null,
        processed_at timestamptz not null default now(),
        primary key (consumer, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table inbox_messages');
    await q.query('drop table outbox_events');
  }
}
