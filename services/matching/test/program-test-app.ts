import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EmployeeSnapshot, Topics } from '@mentormesh/contracts';
import { withDatabase } from '@mentormesh/database';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { matchingConfigShape } from '../src/config';

export interface ProgramTestApp extends ServiceUnderTest {
  /** Publishes employees as identity would and waits until matching's directory holds them all. */
  seedEmployees(tenantId: string, people: readonly Partial<EmployeeSnapshot>[]): Promise<string[]>;
  /** SQL as the database owner (bypasses RLS: for arranging and inspecting state only). */
  ownerQuery<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Starts matching in-process against real PostgreSQL and Kafka for the program tests. */
export async function startProgramTestApp(): Promise<ProgramTestApp> {
  const service = await startServiceUnderTest({
    name: 'matching',
    configShape: matchingConfigShape,
    register: (config, log) => AppModule.register(config, log),
    producesTopics: [Topics.match, Topics.rotationPlan],
  });
  const owner = new Client({
    connectionString: withDatabase(service.database.adminUrl, service.database.database),
  });
  await owner.connect();
  const ownerQuery = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await owner.query(sql, params)).rows as T[];
  return {
    ...service,
    ownerQuery,
    seedEmployees: async (tenantId, people) => {
      const ids = people.map((p) => p.id ?? randomUUID());
      await Promise.all(people.map((p, i) => service.publishEmployee(tenantId, { ...p, id: ids[i] })));
      await waitFor(
        async () => {
          const rows = await ownerQuery<{ n: number }>(
            'select count(*)::int as n from employee_directory where tenant_id = $1 and id = any($2::uuid[])',
            [tenantId, ids],
          );
          return rows[0].n === ids.length;
        },
        { what: 'employees in the directory' },
      );
      return ids;
    },
    close: async () => {
      await owner.end();
      await service.close();
    },
  };
}
