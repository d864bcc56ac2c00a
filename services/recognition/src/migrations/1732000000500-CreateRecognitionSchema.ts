import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/**
 * Recognition's first tables: a read model of colleagues (from identity's employee events), kudos, and an
 * append-only points ledger. Rows of the ledger are never updated; they are deleted only by an erasure
 * (employee.erased), which is the one exception to append-only: the person's points are personal data.
 */
export class CreateRecognitionSchema1732000000500 implements MigrationInterface {
  name = 'CreateRecognitionSchema1732000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table colleagues (
        tenant_id uuid not null,
        id uuid not null,
        display_name text not null,
        status text not null check (status in ('ACTIVE', 'INACTIVE')),
        version int not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await enableTenantIsolation(q, 'colleagues');

    await q.query(`
      create table kudos (
        tenant_id uuid not null,
        id uuid not null,
        from_id uuid not null,
        to_id uuid not null,
        message text not null check (char_length(message) between 1 and 500),
        -- Millisecond precision, like the keyset cursors that page through it.
        created_at timestamptz not null default date_trunc('milliseconds', now()),
        primary key (tenant_id, id),
        check (from_id <> to_id)
      )`);
    await q.query('create index kudos_received on kudos (tenant_id, to_id, created_at desc, id desc)');
    await q.query('create index kudos_given on kudos (tenant_id, from_id)');
    await enableTenantIsolation(q, 'kudos');

    await q.query(`
      create table points_ledger (
        tenant_id uuid not null,
        id uuid not null,
        employee_id uuid not null,
        points int not null,
        reason text not null,
        -- The event that earned the points: crediting twice for one event is impossible.
        source_event_id uuid not null unique,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query('create index points_ledger_by_employee on points_ledger (tenant_id, employee_id)');
    await enableTenantIsolation(q, 'points_ledger');
    await q.query(`
      create function points_ledger_append_only() returns trigger language plpgsql as $$
      begin
        -- An erasure transaction turns app.ledger_erasure on for itself; nothing else may delete.
        if tg_op = 'DELETE' and current_setting('app.ledger_erasure', true) = 'on' then
          return old;
        end if;
        raise exception 'points_ledger is append-only (% refused)', tg_op using errcode = 'P0001';
      end $$`);
    await q.query(`
      create trigger points_ledger_append_only before update or delete on points_ledger
      for each row execute function points_ledger_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table points_ledger');
    await q.query('drop function points_ledger_append_only');
    await q.query('drop table kudos');
    await q.query('drop table colleagues');
  }
}
