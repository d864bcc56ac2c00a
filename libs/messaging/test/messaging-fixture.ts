import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { EventEnvelope, EmployeeSnapshot } from '@mentormesh/contracts';
import {
  TenantTransactions,
  createDataSource,
  enableTenantIsolation,
  runMigrations,
  withDatabase,
} from '@mentormesh/database';
import { createTestDatabase, recordingLogger, uniqueTopicPrefix } from '@mentormesh/testing';
import { CreateMessagingTables1732000000000, KafkaConnection } from '../src';

class CreateSeenEmployees1732000000001 implements MigrationInterface {
  name = 'CreateSeenEmployees1732000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`create table seen_employees (tenant_id uuid not null, id uuid not null, email text not null,
      times_applied int not null default 1, primary key (tenant_id, id))`);
    await enableTenantIsolation(q, 'seen_employees');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table seen_employees');
  }
}

export interface MessagingFixture {
  readonly dataSource: DataSource;
  readonly transactions: TenantTransactions;
  readonly connection: KafkaConnection;
  /** A connection with its own topic prefix, so a test starts from empty topics. */
  freshConnection(label: string): KafkaConnection;
  readonly log: ReturnType<typeof recordingLogger>;
  close(): Promise<void>;
}

export async function createMessagingFixture(label: string): Promise<MessagingFixture> {
  const db = await createTestDatabase('messaging');
  await runMigrations(
    withDatabase(db.adminUrl, db.database),
    [CreateMessagingTables1732000000000, CreateSeenEmployees1732000000001],
    db.appRole,
  );
  const dataSource = await createDataSource({ url: db.appUrl, entities: [] }).initialize();
  const log = recordingLogger();
  const connection = new KafkaConnection({
    brokers: (process.env.TEST_KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    clientId: `test-${label}`,
    topicPrefix: uniqueTopicPrefix(label),
    log,
  });
  return {
    dataSource,
    transactions: new TenantTransactions(dataSource),
    connection,
    freshConnection: (name) =>
      new KafkaConnection({ ...connection.settings, topicPrefix: uniqueTopicPrefix(name) }),
    log,
    close: () => dataSource.destroy(),
  };
}

export function employee(overrides: Partial<EmployeeSnapshot> = {}): EmployeeSnapshot {
  const id = randomUUID();
  return {
    id,
    externalId: null,
    email: `${id.slice(0, 8)}@example.com`,
    displayName: 'Ada Lovelace',
    title: null,
    department: 'Engineering',
    managerId: null,
    timeZone: 'Europe/Berlin',
    locale: 'en',
    languages: ['en'],
    status: 'ACTIVE',
    roles: ['EMPLOYEE'],
    skills: [],
    ...overrides,
  };
}

/** The side effect our test consumer performs: counts how often each employee event was applied. */
export async function recordSeen(event: EventEnvelope, manager: EntityManager): Promise<void> {
  const payload = event.payload as unknown as EmployeeSnapshot;
  await manager.query(
    `insert into seen_employees (tenant_id, id, email) values ($1, $2, $3)
     on conflict (tenant_id, id) do update set times_applied = seen_employees.times_applied + 1`,
    [event.tenantId, payload.id, payload.email],
  );
}
