import { randomBytes } from 'node:crypto';
import { DEFAULT_KAFKA_BROKERS, DEFAULT_POSTGRES_ADMIN_URL, DEFAULT_REDIS_URL } from './endpoints';
import {
  canConnectPostgres,
  canConnectRedis,
  canReachKafka,
  ensureLocalRedis,
  isDockerAvailable,
  startLocalKafka,
} from './infrastructure';
import { startContainers } from './containers';

type GlobalWithContainers = typeof globalThis & { __mmContainers?: { stop(): Promise<unknown> }[] };

/**
 * Jest global setup for integration and e2e projects.
 * Endpoints from TEST_DATABASE_ADMIN_URL / TEST_REDIS_URL / TEST_KAFKA_BROKERS win; without them,
 * testcontainers when Docker is present, else the local servers (starting Kafka from Apache's jars).
 * Publishes a unique run id so every test file gets its own databases and topic prefix.
 */
export default async function globalSetup(): Promise<void> {
  process.env.MM_TEST_RUN_ID ??= `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const configured =
    process.env.TEST_DATABASE_ADMIN_URL || process.env.TEST_REDIS_URL || process.env.TEST_KAFKA_BROKERS;

  if (!configured && process.env.MM_TEST_USE_LOCAL !== '1' && isDockerAvailable()) {
    const started = await startContainers();
    process.env.TEST_DATABASE_ADMIN_URL = started.postgresAdminUrl;
    process.env.TEST_REDIS_URL = started.redisUrl;
    process.env.TEST_KAFKA_BROKERS = started.kafkaBrokers;
    (globalThis as GlobalWithContainers).__mmContainers = [...started.containers];
    return;
  }

  const postgres = (process.env.TEST_DATABASE_ADMIN_URL ??= DEFAULT_POSTGRES_ADMIN_URL);
  const redis = (process.env.TEST_REDIS_URL ??= DEFAULT_REDIS_URL);
  const brokers = (process.env.TEST_KAFKA_BROKERS ??= DEFAULT_KAFKA_BROKERS).split(',');

  if (!(await canConnectPostgres(postgres))) {
    throw new Error(
      `PostgreSQL is not reachable at TEST_DATABASE_ADMIN_URL=${postgres} (run deploy/local/infra.sh up)`,
    );
  }
  await ensureLocalRedis(redis);
  if (!(await canConnectRedis(redis))) throw new Error(`Redis is not reachable at TEST_REDIS_URL=${redis}`);
  if (!(await canReachKafka(brokers))) {
    if (process.env.TEST_KAFKA_BROKERS !== DEFAULT_KAFKA_BROKERS) {
      throw new Error(`Kafka is not reachable at TEST_KAFKA_BROKERS=${brokers.join(',')}`);
    }
    startLocalKafka();
  }
}
