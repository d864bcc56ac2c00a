import { Topics } from '@mentormesh/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { matchingConfigShape } from '../src/config';

/** Starts matching in-process against real PostgreSQL and Kafka, trusting a local test token issuer. */
export function startMatching(env: Record<string, string> = {}): Promise<ServiceUnderTest> {
  return startServiceUnderTest({
    name: 'matching',
    configShape: matchingConfigShape,
    register: (config, log) => AppModule.register(config, log),
    producesTopics: [Topics.match, Topics.mentorProfile],
    env,
  });
}
