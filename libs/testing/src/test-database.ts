import { randomBytes } from 'node:crypto';
import { provisionDatabase, withDatabase } from '@mentormesh/database';
import { testEndpoints } from './endpoints';

export interface TestDatabase {
  /** Owner connection (runs migrations). */
  readonly adminUrl: string;
  /** The service's non-owner app role on its own fresh database: row-level security applies. */
  readonly appUrl: string;
  readonly database: string;
  readonly appRole: string;
}

/** A fresh, uniquely named database for one test file; the global teardown drops it. */
export async function createTestDatabase(service: string): Promise<TestDatabase> {
  const { postgresAdminUrl, runId } = testEndpoints();
  const database = `mm_${runId}_${service}_${randomBytes(3).toString('hex')}`.toLowerCase();
  const appRole = `mm_${service}_app`;
  await provisionDatabase({ adminUrl: postgresAdminUrl, database, appRole, appPassword: appRole });
  return {
    adminUrl: postgresAdminUrl,
    appUrl: withDatabase(postgresAdminUrl, database, { name: appRole, password: appRole }),
    database,
    appRole,
  };
}

/** A topic prefix no other test file or run shares. */
export function uniqueTopicPrefix(label: string): string {
  const { runId } = testEndpoints();
  return `${runId}.${label}.${randomBytes(3).toString('hex')}`.toLowerCase();
}
