import { Client } from 'pg';

export interface ProvisionSettings {
  /** A superuser (or CREATEDB + CREATEROLE) connection, e.g. postgres://postgres@127.0.0.1:5432/postgres */
  readonly adminUrl: string;
  readonly database: string;
  /** The non-owner role the service connects as, so that row-level security applies to it. */
  readonly appRole: string;
  readonly appPassword: string;
}

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(value: string, field: string): string {
  if (!IDENT.test(value))
    throw new Error(`${field} must be a lowercase SQL identifier, got ${JSON.stringify(value)}`);
  return `"${value}"`;
}

function isAlreadyExists(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '42P04' || code === '42710' || code === '23505';
}

/** Creates the database and the service's login role when missing. Safe to run concurrently and repeatedly. */
export async function provisionDatabase(settings: ProvisionSettings): Promise<void> {
  const db = ident(settings.database, 'database');
  const role = ident(settings.appRole, 'appRole');
  const client = new Client({ connectionString: settings.adminUrl });
  await client.connect();
  try {
    const roleExists = await client.query('select 1 from pg_roles where rolname = $1', [settings.appRole]);
    if (roleExists.rowCount === 0) {
      await client
        .query(
          `create role ${role} login nosuperuser nobypassrls password '${settings.appPassword.replace(/'/g, "''")}'`,
        )
        .catch((e: unknown) => {
          if (!isAlreadyExists(e)) throw e;
        });
    }
    const dbExists = await client.query('select 1 from pg_database where datname = $1', [settings.database]);
    if (dbExists.rowCount === 0) {
      await client.query(`create database ${db}`).catch((e: unknown) => {
        if (!isAlreadyExists(e)) throw e;
      });
    }
    await client.query(`grant connect on database ${db} to ${role}`);
  } finally {
    await client.end();
  }
}

/** After migrations: the app role may read and write rows, never change the schema. */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const role = ident(appRole, 'appRole');
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`grant usage on schema public to ${role}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await client.query(`grant usage, select on all sequences in schema public to ${role}`);
  } finally {
    await client.end();
  }
}

/** The same server URL pointing at another database (and optionally another user). */
export function withDatabase(
  url: string,
  database: string,
  user?: { name: string; password: string },
): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user) {
    parsed.username = user.name;
    parsed.password = user.password;
  }
  return parsed.toString();
}
