import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/**
 * HRIS sync: erasable employees with change digests, the per-tenant skill catalog, employee skills and
 * integration tokens (SCIM / bulk sync). Every new table is tenant-owned with forced RLS.
 */
export class AddHrisSkillsAndIntegrations1732000000120 implements MigrationInterface {
  name = 'AddHrisSkillsAndIntegrations1732000000120';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table employees drop constraint employees_status_check`);
    await q.query(
      `alter table employees add constraint employees_status_check check (status in ('ACTIVE', 'INACTIVE', 'ERASED'))`,
    );
    await q.query(`alter table employees add column erased_at timestamptz`);
    // Digests of the canonical stored record (incl. skills) and of the published snapshot: a sync that
    // changes nothing writes nothing, and a change invisible to other services publishes nothing.
    await q.query(`alter table employees add column record_digest text`);
    await q.query(`alter table employees add column snapshot_digest text`);
    await q.query(`create index employees_tenant_manager on employees (tenant_id, manager_id)`);
    // lower() is not leakproof, so under RLS an index on lower(email) is not used for set lookups: keep
    // the case-folded email in a column whose plain equality can use its index.
    await q.query(
      `alter table employees add column email_key text generated always as (lower(email)) stored`,
    );
    await q.query(`create index employees_tenant_email_key on employees (tenant_id, email_key)`);
    // SCIM userName when the identity provider's login name differs from the work email (e.g. a UPN).
    await q.query(`alter table employees add column user_name text`);
    await q.query(
      `create unique index employees_tenant_user_name on employees (tenant_id, lower(user_name)) where user_name is not null`,
    );
    await q.query(
      `alter table tenants add constraint tenants_settings_object check (jsonb_typeof(settings) = 'object')`,
    );

    await q.query(`
      create table skills (
        id uuid primary key,
        tenant_id uuid not null references tenants (id),
        name text not null check (length(name) between 1 and 100),
        aliases text[] not null default '{}',
        category text,
        parent_id uuid references skills (id) on delete set null,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create unique index skills_tenant_name on skills (tenant_id, lower(name))`);
    await enableTenantIsolation(q, 'skills');

    await q.query(`
      create table skill_relations (
        tenant_id uuid not null references tenants (id),
        skill_id uuid not null references skills (id) on delete cascade,
        related_skill_id uuid not null references skills (id) on delete cascade,
        strength numeric(3, 2) not null check (strength > 0 and strength <= 1),
        primary key (skill_id, related_skill_id),
        check (skill_id <> related_skill_id)
      )`);
    await enableTenantIsolation(q, 'skill_relations');

    await q.query(`
      create table employee_skills (
        tenant_id uuid not null references tenants (id),
        employee_id uuid not null references employees (id) on delete cascade,
        skill_id uuid not null references skills (id) on delete cascade,
        level smallint not null check (level between 1 and 5),
        source text not null check (source in ('HR', 'SELF', 'ENDORSED')),
        updated_at timestamptz not null default now(),
        primary key (employee_id, skill_id)
      )`);
    // By skill only: with a leading tenant_id the planner would scan all of a tenant's rows for skill lookups.
    await q.query(`create index employee_skills_skill on employee_skills (skill_id)`);
    await enableTenantIsolation(q, 'employee_skills');

    await q.query(`
      create table integration_tokens (
        id uuid primary key,
        tenant_id uuid not null references tenants (id),
        name text not null check (length(name) between 1 and 100),
        scopes text[] not null,
        secret_hash text not null unique,
        created_by uuid references employees (id) on delete set null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await enableTenantIsolation(q, 'integration_tokens');
    // An integration authenticates before any tenant is known: reveal only the tenant and scopes of a
    // live token whose hash matches, nothing else.
    await q.query(`
      create function integration_token_by_hash(p_hash text)
      returns table (token_id uuid, tenant_id uuid, scopes text[])
      language sql stable security definer set search_path = public
      as $$
        select t.id, t.tenant_id, t.scopes from integration_tokens t
        join tenants n on n.id = t.tenant_id and n.status = 'ACTIVE'
        where t.secret_hash = p_hash and t.revoked_at is null
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop function integration_token_by_hash(text)');
    await q.query('drop table integration_tokens');
    await q.query('drop table employee_skills');
    await q.query('drop table skill_relations');
    await q.query('drop table skills');
    await q.query('alter table tenants drop constraint tenants_settings_object');
    await q.query('drop index employees_tenant_manager');
    await q.query(
      'alter table employees drop column email_key, drop column user_name, drop column snapshot_digest, drop column record_digest, drop column erased_at',
    );
    await q.query(`alter table employees drop constraint employees_status_check`);
    await q.query(
      `alter table employees add constraint employees_status_check check (status in ('ACTIVE', 'INACTIVE'))`,
    );
  }
}
