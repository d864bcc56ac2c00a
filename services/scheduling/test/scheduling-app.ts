import { Topics } from '@mentormesh/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { schedulingConfigShape } from '../src/config';

export type SchedulingUnderTest = ServiceUnderTest;

/** Starts scheduling in-process against real PostgreSQL and Kafka, trusting a local test token issuer. */
export function startScheduling(env: Record<string, string> = {}): Promise<SchedulingUnderTest> {
  return startServiceUnderTest({
    name: 'scheduling',
    configShape: schedulingConfigShape,
    register: (config, log) => AppModule.register(config, log),
    producesTopics: [Topics.session],
    env,
  });
}
