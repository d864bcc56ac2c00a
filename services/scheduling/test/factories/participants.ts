import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from '@mentormesh/database';
import { SchedulingUnderTest } from '../scheduling-app';

export interface TestPerson {
  readonly id: string;
  readonly displayName?: string;
  readonly timeZone?: string;
}

/**
 * Seeds the participants read model directly (as the schema owner) for tests that need many people fast;
 * tests of the read model itself publish employee events instead.
 */
export async function seedParticipants(
  scheduling: SchedulingUnderTest,
  tenantId: string,
  count: number,
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await asOwner(scheduling, (c) =>
    c.query(
      `insert into participants (tenant_id, id, display_name, time_zone, status, version)
       select $1, id, 'Person ' || ord, 'Europe/Berlin', 'ACTIVE', 1 from unnest($2::uuid[]) with ordinality as t (id, ord)`,
      [tenantId, ids],
    ),
  );
  return ids;
}

/** Runs SQL as the database owner (bypasses row-level security): for test setup and independent checks. */
export async function asOwner<T>(
  scheduling: SchedulingUnderTest,
  work: (c: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({
    connectionString: withDatabase(scheduling.database.adminUrl, scheduling.database.database),
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
