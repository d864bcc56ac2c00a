import { DynamicModule } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { z } from 'zod';
import { EmployeeSnapshot, EventType, NewEvent, buildEvent, topicOf } from '@mentormesh/contracts';
import { loadConfig } from '@mentormesh/config';
import { KafkaHealth } from '@mentormesh/messaging';
import { Logger, createLogger } from '@mentormesh/observability';
import { testEndpoints } from './endpoints';
import { testKafka } from './kafka-probe';
import { RunningService, startService } from './start-service';
import { TestDatabase, createTestDatabase, uniqueTopicPrefix } from './test-database';
import { TestIssuer, startTestIssuer } from './test-tokens';
import { waitFor } from './wait-for';

export interface ServiceUnderTestOptions<S extends z.ZodRawShape> {
  /** The service's name: names its test database, topic prefix, config errors and logger. */
  readonly name: string;
  /** The service's flat config schema, as its `main.ts` passes to `loadConfig`. */
  readonly configShape: S;
  /** The service's `AppModule.register`. */
  register(config: ReturnType<typeof loadConfig<S>>, log: Logger): DynamicModule;
  /** Start a local token issuer and point JWKS_URL / JWT_ISSUER / JWT_AUDIENCE at it (default true). */
  readonly trustTestIssuer?: boolean;
  /** Topics (unprefixed) the service creates at start; waited for so collectors can subscribe to them. */
  readonly producesTopics?: readonly string[];
  /** Extra environment for the service, over the test defaults. */
  readonly env?: Record<string, string>;
}

export interface ServiceUnderTest extends RunningService {
  readonly topicPrefix: string;
  readonly database: TestDatabase;
  /** The token issuer the service trusts; absent when started with `trustTestIssuer: false`. */
  readonly issuer?: TestIssuer;
  /** A token for an employee of a tenant, signed by the test issuer the service trusts. */
  tokenFor(tenantId: string, employeeId: string, roles?: string[]): Promise<string>;
  /** Publishes an event onto its (prefixed) topic, as the service owning it would. */
  publish<T extends EventType>(event: NewEvent<T>): Promise<void>;
  /** Publishes an identity-style employee.upserted onto the (prefixed) employee topic; returns its id. */
  publishEmployee(tenantId: string, overrides?: Partial<EmployeeSnapshot>, version?: number): Promise<string>;
  publishErased(tenantId: string, employeeId: string): Promise<void>;
}

/**
 * Starts a service in-process against its own fresh PostgreSQL database and a unique Kafka topic prefix,
 * optionally trusting a local test token issuer, with helpers to produce the events it consumes.
 */
export async function startServiceUnderTest<S extends z.ZodRawShape>(
  options: ServiceUnderTestOptions<S>,
): Promise<ServiceUnderTest> {
  const { name } = options;
  const issuer = options.trustTestIssuer === false ? undefined : await startTestIssuer();
  const database = await createTestDatabase(name);
  const topicPrefix = uniqueTopicPrefix(name);
  const config = loadConfig(name, options.configShape, {
    DATABASE_URL: database.appUrl,
    DATABASE_ADMIN_URL: database.adminUrl,
    KAFKA_BROKERS: testEndpoints().kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    ...(issuer ? { JWKS_URL: issuer.jwksUrl, JWT_ISSUER: issuer.issuer, JWT_AUDIENCE: issuer.audience } : {}),
    NODE_ENV: 'test',
    ...options.env,
  });
  const service = await startService(name, options.register(config, createLogger(name, 'silent')));
  for (const topic of options.producesTopics ?? []) await waitForTopic(`${topicPrefix}.${topic}`);

  let producer: Promise<Producer> | undefined;
  const connectedProducer = (): Promise<Producer> =>
    (producer ??= (async () => {
      const p = testKafka().producer();
      await p.connect();
      return p;
    })());
  const publish = async <T extends EventType>(event: NewEvent<T>): Promise<void> => {
    const envelope = buildEvent(event);
    await (
      await connectedProducer()
    ).send({
      topic: `${topicPrefix}.${topicOf(event.type)}`,
      messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }],
    });
  };
  const requireIssuer = (): TestIssuer => {
    if (!issuer) throw new Error(`${name} was started without a test token issuer`);
    return issuer;
  };

  return {
    ...service,
    topicPrefix,
    database,
    issuer,
    tokenFor: (tenantId, employeeId, roles = ['EMPLOYEE']) =>
      requireIssuer().sign({ sub: employeeId, tid: tenantId, roles }),
    publish,
    publishEmployee: async (tenantId, overrides = {}, version = 1) => {
      const id = overrides.id ?? randomUUID();
      await publish({
        type: 'employee.upserted',
        tenantId,
        aggregateId: id,
        aggregateVersion: version,
        payload: employeeSnapshot({ ...overrides, id }),
      });
      return id;
    },
    publishErased: (tenantId, employeeId) =>
      publish({
        type: 'employee.erased',
        tenantId,
        aggregateId: employeeId,
        aggregateVersion: 99,
        payload: { id: employeeId },
      }),
    close: async () => {
      if (producer) await (await producer).disconnect();
      // The readiness probe's admin client is not closed by the app's shutdown (libs/messaging); without
      // this its socket keeps Jest alive until the broker drops idle connections (10 minutes).
      await service.app.get(KafkaHealth).close();
      await service.close();
      await issuer?.close();
    },
  };
}

function employeeSnapshot(overrides: Partial<EmployeeSnapshot> & { id: string }): EmployeeSnapshot {
  return {
    externalId: null,
    email: `${overrides.id.slice(0, 8)}@example.test`,
    displayName: 'Test Employee',
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

/** The service creates the topics it produces to at start; a collector can only subscribe after that. */
async function waitForTopic(topic: string): Promise<void> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    await waitFor(async () => (await admin.listTopics()).includes(topic), { what: `topic ${topic}` });
  } finally {
    await admin.disconnect();
  }
}
