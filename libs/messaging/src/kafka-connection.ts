import { Kafka, LogEntry, logLevel, Partitioners } from 'kafkajs';
import { prefixedTopic, deadLetterTopic } from '@mentormesh/contracts';

export interface KafkaLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly topicPrefix: string;
  readonly log: KafkaLogger;
}

export const createPartitioner = Partitioners.DefaultPartitioner;

/** A kafkajs client whose logs go to our structured logger, plus topic naming for this environment. */
export class KafkaConnection {
  readonly kafka: Kafka;

  constructor(readonly settings: KafkaSettings) {
    const log = settings.log;
    this.kafka = new Kafka({
      clientId: settings.clientId,
      brokers: [...settings.brokers],
      connectionTimeout: 3000,
      requestTimeout: 10000,
      retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10000 },
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log: entry }: LogEntry) => {
          const { message, ...fields } = entry;
          if (level <= logLevel.ERROR) log.error({ kafka: fields }, message);
          else if (level === logLevel.WARN) log.warn({ kafka: fields }, message);
          else log.debug({ kafka: fields }, message);
        },
    });
  }

  topic(name: string): string {
    return prefixedTopic(this.settings.topicPrefix, name);
  }

  deadLetter(name: string): string {
    return deadLetterTopic(this.topic(name));
  }

  /** Creates the topics (and their dead-letter topics) when missing. */
  async ensureTopics(names: readonly string[], partitions = 3): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const wanted = names
        .flatMap((n) => [this.topic(n), this.deadLetter(n)])
        .filter((t) => !existing.has(t));
      if (wanted.length > 0) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: wanted.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
        });
      }
    } finally {
      await admin.disconnect();
    }
  }
}
