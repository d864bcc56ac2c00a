import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { testEndpoints } from './endpoints';

export interface ReceivedMessage {
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

export function testKafka(clientId = 'mm-test'): Kafka {
  const level = process.env.MM_TEST_LOGS === '1' ? logLevel.INFO : logLevel.NOTHING;
  return new Kafka({ clientId, brokers: [...testEndpoints().kafkaBrokers], logLevel: level });
}

function toReceived(topic: string, message: KafkaMessage): ReceivedMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = (Array.isArray(value) ? value[0] : value)?.toString() ?? '';
  }
  return { topic, key: message.key?.toString() ?? null, value: message.value?.toString() ?? null, headers };
}

/** Reads everything on the given topics from the beginning into a list that tests can wait on. */
export async function collectMessages(
  topics: readonly string[],
): Promise<{ messages: ReceivedMessage[]; stop(): Promise<void> }> {
  const kafka = testKafka('mm-test-collector');
  const consumer = kafka.consumer({ groupId: `mm-test-collector-${randomBytes(4).toString('hex')}` });
  const messages: ReceivedMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [...topics], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => void messages.push(toReceived(topic, message)),
  });
  return { messages, stop: () => consumer.disconnect() };
}
