import { Topics } from '@mentormesh/contracts';
import { ServiceUnderTest, startServiceUnderTest, testEndpoints } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { schedulingConfigShape } from '../src/config';

export type SchedulingUnderTest = ServiceUnderTest;

/** Starts scheduling in-process against real PostgreSQL and Kafka, trusting a local test token issuer. */
export function startScheduling(env: Record<string, string> = {}): Promise<SchedulingUnderTest> {
  return startServiceUnderTest({
    name: 'scheduling',
    configShape: schedulingConfigShape,
    register: (config, log) => AppModule.register(config, log),
    producesTopics: [Topics.session, Topics.availability],
    env,
  });
}

/**
 * Settings that leave every periodic loop (feed polling, summaries, reminders and settlement) to the test,
 * which drives them by hand; `overrides` turn one back on. Redis is the busy-time cache.
 */
export function loopsByHand(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    REDIS_URL: testEndpoints().redisUrl,
    FEED_POLL_TICK_MS: '0',
    SUMMARY_TICK_MS: '0',
    SCHEDULER_INTERVAL_MS: '0',
    ...overrides,
  };
}

/**
 * Another instance of an already running scheduling deployment: the same database and topic prefix, its own
 * process state (as a second pod, or the same one after a restart).
 */
export function startAnotherInstance(
  of: SchedulingUnderTest,
  env: Record<string, string> = {},
): Promise<SchedulingUnderTest> {
  return startServiceUnderTest({
    name: 'scheduling',
    configShape: schedulingConfigShape,
    register: (config, log) => AppModule.register(config, log),
    env: {
      DATABASE_URL: of.database.appUrl,
      DATABASE_ADMIN_URL: of.database.adminUrl,
      KAFKA_TOPIC_PREFIX: of.topicPrefix,
      ...env,
    },
  });
}
