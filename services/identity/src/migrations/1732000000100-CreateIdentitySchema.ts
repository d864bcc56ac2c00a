import { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_TENANT, enableTenantIsolation } from '@mentormesh/database';

export class CreateIdentitySchema1732000000100 implements MigrationInterface {
  name = 'CreateIdentitySchema1732000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table tenants (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name text not null,
        default_time_zone text not null,
        locale text not null default 'en',
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
        settings jsonb not null default '{}'::jsonb,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`alter table tenants enable row level security`);
    await q.query(`alter table tenants force row level security`);
    await q.query(
      `create policy tenant_isolation on tenants using (id = ${CURRENT_TENANT}) with check (id = ${CURRENT_TENANT})`,
    );
    // Sign-in starts from a slug before any tenant is known: expose only the id, nothing else.
    await q.query(`
      create function tenant_id_by_slug(p_slug text) returns uuid
      language sql stable security definer set search_path = public
      as $$ select id from tenants where slug = p_slug and status = 'ACTIVE' $$`);

    await q.query(`
      create table employees (
        id uuid primary key,
        tenant_id uuid not null references tenants (id),
        external_id text,
        employee_number text,
        email text not null,
        display_name text not null,
        given_name text,
        family_name text,
        title text,
        department text,
        cost_center text,
        manager_id uuid references employees (id),
        location text,
        time_zone text not null,
        locale text not null default 'en',
        languages text[] not null default '{}',
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE')),
        roles text[] not null default '{EMPLOYEE}',
        hire_date date,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create unique index employees_tenant_email on employees (tenant_id, lower(email))`);
    await q.query(
      `create unique index employees_tenant_external on employees (tenant_id, external_id) where external_id is not null`,
    );
    await q.query(`create index employees_tenant_created on employees (tenant_id, created_at, id)`);
    await enableTenantIsolation(q, 'employees');

    await q.query(`
      create table signing_keys (
        kid uuid primary key,
        public_jwk jsonb not null,
        private_key_encrypted text not null,
        created_at timestamptz not null default now(),
        activated_at timestamptz not null default now(),
        retire_after timestamptz not null
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table signing_keys');
    await q.query('drop table employees');
    await q.query('drop function tenant_id_by_slug(text)');
    await q.query('drop table tenants');
  }
}
