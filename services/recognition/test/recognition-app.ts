import { Topics } from '@mentormesh/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { recognitionConfigShape } from '../src/config';

export type RecognitionUnderTest = ServiceUnderTest;

/** Starts recognition in-process against real PostgreSQL and Kafka, trusting a local test token issuer. */
export function startRecognition(): Promise<RecognitionUnderTest> {
  return startServiceUnderTest({
    name: 'recognition',
    configShape: recognitionConfigShape,
    register: (config, log) => AppModule.register(config, log),
    producesTopics: [Topics.recognition],
  });
}
