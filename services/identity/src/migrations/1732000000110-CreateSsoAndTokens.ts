import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@mentormesh/database';

/** Per-tenant SAML connections and hashed, rotating refresh tokens; both tenant-owned with forced RLS. */
export class CreateSsoAndTokens1732000000110 implements MigrationInterface {
  name = 'CreateSsoAndTokens1732000000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table saml_connections (
        tenant_id uuid primary key references tenants (id),
        idp_entity_id text not null check (length(idp_entity_id) between 1 and 1024),
        sso_url text not null,
        slo_url text,
        signing_certificates text[] not null check (cardinality(signing_certificates) between 1 and 10),
        attribute_mapping jsonb not null default '{}'::jsonb,
        want_response_signed boolean not null default false,
        allow_idp_initiated boolean not null default false,
        jit_provisioning boolean not null default false,
        jit_default_roles text[] not null default '{EMPLOYEE}',
        allowed_redirect_urls text[] not null default '{}',
        enabled boolean not null default true,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await enableTenantIsolation(q, 'saml_connections');

    await q.query(`
      create table refresh_tokens (
        id uuid primary key,
        tenant_id uuid not null references tenants (id),
        employee_id uuid not null references employees (id),
        family_id uuid not null,
        parent_id uuid references refresh_tokens (id) on delete set null,
        token_hash text not null unique,
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text,
        saml_subject_hash text,
        saml_session_index text,
        saml_name_id_sealed text,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index refresh_tokens_family on refresh_tokens (tenant_id, family_id)`);
    await q.query(
      `create index refresh_tokens_saml_subject on refresh_tokens (tenant_id, saml_subject_hash) where saml_subject_hash is not null`,
    );
    await q.query(`create index refresh_tokens_expiry on refresh_tokens (expires_at)`);
    await enableTenantIsolation(q, 'refresh_tokens');
    // Housekeeping across tenants without giving the app role a way around RLS: it may only delete
    // tokens that expired before the given instant, in batches, and learns nothing but the count.
    await q.query(`
      create function purge_expired_refresh_tokens(p_before timestamptz, p_limit int) returns int
      language sql volatile security definer set search_path = public
      as $$
        with doomed as (
          select id from refresh_tokens where expires_at < p_before order by expires_at limit p_limit
        ), gone as (
          delete from refresh_tokens t using doomed where t.id = doomed.id returning 1
        )
        select count(*)::int from gone
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop function purge_expired_refresh_tokens(timestamptz, int)');
    await q.query('drop table refresh_tokens');
    await q.query('drop table saml_connections');
  }
}
