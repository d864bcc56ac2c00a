/** Where the test infrastructure lives. Environment variables always win over anything the harness starts. */
export interface TestEndpoints {
  readonly postgresAdminUrl: string;
  readonly redisUrl: string;
  readonly kafkaBrokers: readonly string[];
  readonly runId: string;
}

export const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

/** Reads the endpoints the global setup published into the environment of every test worker. */
export function testEndpoints(): TestEndpoints {
  const runId = process.env.MM_TEST_RUN_ID;
  if (!runId) {
    throw new Error(
      'MM_TEST_RUN_ID is not set: run integration tests through jest (its global setup sets it)',
    );
  }
  return {
    postgresAdminUrl: process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_POSTGRES_ADMIN_URL,
    redisUrl: process.env.TEST_REDIS_URL ?? DEFAULT_REDIS_URL,
    kafkaBrokers: (process.env.TEST_KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS).split(','),
    runId,
  };
}
