import { Consumer, EachBatchPayload, KafkaMessage, Producer } from 'kafkajs';
import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import { EntityManager } from 'typeorm';
import { EventEnvelope, InvalidEventError, parseEvent } from '@mentormesh/contracts';
import { TenantTransactions } from '@mentormesh/database';
import { KafkaConnection, KafkaLogger, createPartitioner } from './kafka-connection';
import { messageContext } from './trace-headers';

export type EventHandler = (event: EventEnvelope, manager: EntityManager) => Promise<void>;

export interface EventConsumerSettings {
  /** Consumer group and inbox name, e.g. `matching.identity-events`. */
  readonly name: string;
  /** Unprefixed topic names. */
  readonly topics: readonly string[];
  /** Handlers by event type; types without a handler are acknowledged and skipped. */
  readonly handlers: Readonly<Record<string, EventHandler>>;
  readonly maxAttempts?: number;
  readonly initialBackoffMs?: number;
}

/** Permanent failures skip the retries and go straight to the dead-letter topic. */
export class PermanentHandlerError extends Error {
  readonly code = 'MESSAGING.PERMANENT_FAILURE';
}

type Outcome = 'processed' | 'duplicate' | 'skipped' | 'dead-lettered';

/**
 * At-least-once consumer: each message is handled in a tenant transaction that also records its event id
 * in the inbox, so a redelivered message has no second effect. Failing messages are retried with backoff,
 * then parked on the dead-letter topic with the error, and the partition moves on.
 */
export class EventConsumer {
  private consumer?: Consumer;
  private dlqProducer?: Producer;
  private stopped = false;
  readonly stats = { processed: 0, duplicate: 0, skipped: 0, deadLettered: 0 };

  constructor(
    private readonly connection: KafkaConnection,
    private readonly transactions: TenantTransactions,
    private readonly log: KafkaLogger,
    private readonly settings: EventConsumerSettings,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    const consumer = this.connection.kafka.consumer({
      groupId: this.connection.topic(this.settings.name),
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      allowAutoTopicCreation: false,
      retry: { retries: 10 },
    });
    this.consumer = consumer;
    this.dlqProducer = this.connection.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner,
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.log.error({ err: payload.error, restart: payload.restart }, 'consumer crashed');
      if (!payload.restart && !this.stopped) void this.restart();
    });
    await this.connection.ensureTopics(this.settings.topics);
    await this.dlqProducer.connect();
    await consumer.connect();
    await consumer.subscribe({
      topics: this.settings.topics.map((t) => this.connection.topic(t)),
      fromBeginning: true,
    });
    await consumer.run({ eachBatchAutoResolve: false, eachBatch: (batch) => this.handleBatch(batch) });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.consumer?.disconnect().catch(() => undefined);
    await this.dlqProducer?.disconnect().catch(() => undefined);
  }

  private async restart(): Promise<void> {
    await this.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await this.start().catch((err: unknown) => this.log.error({ err }, 'consumer restart failed'));
  }

  private async handleBatch({
    batch,
    resolveOffset,
    heartbeat,
    isRunning,
    isStale,
    commitOffsetsIfNecessary,
  }: EachBatchPayload): Promise<void> {
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) break;
      const outcome = await this.handleMessage(batch.topic, batch.partition, message);
      this.stats[outcome === 'dead-lettered' ? 'deadLettered' : outcome] += 1;
      resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage): Promise<Outcome> {
    let event: EventEnvelope;
    try {
      event = parseEvent(message.value);
    } catch (error) {
      await this.deadLetter(topic, partition, message, error);
      return 'dead-lettered';
    }
    const handler = this.settings.handlers[event.type];
    if (!handler) return 'skipped';
    const context = { correlationId: event.correlationId, traceparent: header(message, 'traceparent') };
    try {
      return await messageContext.run(context, () => this.withRetries(() => this.applyOnce(event, handler)));
    } catch (error) {
      await this.deadLetter(topic, partition, message, error);
      return 'dead-lettered';
    }
  }

  private withRetries(work: () => Promise<Outcome>): Promise<Outcome> {
    const policy = retry(
      handleWhen((e) => !(e instanceof PermanentHandlerError || e instanceof InvalidEventError)),
      {
        maxAttempts: (this.settings.maxAttempts ?? 5) - 1,
        backoff: new ExponentialBackoff({
          initialDelay: this.settings.initialBackoffMs ?? 200,
          maxDelay: 5000,
        }),
      },
    );
    policy.onRetry((e) =>
      this.log.warn(
        { err: 'error' in e ? e.error : undefined, delayMs: e.delay },
        'event handler failed, retrying',
      ),
    );
    return policy.execute(work);
  }

  private applyOnce(event: EventEnvelope, handler: EventHandler): Promise<Outcome> {
    return this.transactions.run(event.tenantId, async (manager) => {
      const inserted: unknown[] = await manager.query(
        `insert into inbox_messages (consumer, event_id, tenant_id, event_type) values ($1, $2, $3, $4)
         on conflict do nothing returning event_id`,
        [this.settings.name, event.eventId, event.tenantId, event.type],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler(event, manager);
      return 'processed';
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    error: unknown,
  ): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    this.log.warn({ topic, partition, offset: message.offset, reason }, 'message dead-lettered');
    await this.dlqProducer!.send({
      topic: `${topic}.dlq`,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            'x-dlq-reason': reason,
            'x-dlq-error-type': error instanceof Error ? error.name : 'unknown',
            'x-dlq-consumer': this.settings.name,
            'x-original-topic': topic,
            'x-original-partition': String(partition),
            'x-original-offset': message.offset,
          },
        },
      ],
    });
  }
}

function header(message: KafkaMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value[0]?.toString() : value.toString();
}
