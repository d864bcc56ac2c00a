import {
  BeforeApplicationShutdown,
  InjectionToken,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Provider,
} from '@nestjs/common';
import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import { DatabaseLifecycle, TenantTransactions } from '@mentormesh/database';
import { EventConsumer, EventConsumerSettings } from './event-consumer';
import { KafkaConnection, KafkaLogger } from './kafka-connection';

/**
 * Runs a service's consumers: waits for its database, then joins the groups, retrying with a log line
 * while Kafka is unreachable. Started and stopped by Nest's lifecycle hooks: stopping begins in
 * `beforeApplicationShutdown` without waiting, so a service's hosts (one per module, which Nest visits one
 * after another) leave their groups together, and `onApplicationShutdown` waits for it before the
 * database closes. A consumer leaving waits for its in-flight fetch, so one after another would add up.
 */
export class ConsumerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly consumers: EventConsumer[];
  private readonly abort = new AbortController();
  private stopping?: Promise<void>;

  constructor(
    private readonly database: DatabaseLifecycle,
    connection: KafkaConnection,
    transactions: TenantTransactions,
    private readonly log: KafkaLogger,
    settings: readonly EventConsumerSettings[],
  ) {
    this.consumers = settings.map((s) => new EventConsumer(connection, transactions, log, s));
  }

  get all(): readonly EventConsumer[] {
    return this.consumers;
  }

  async start(): Promise<void> {
    await this.database.start();
    if (!this.database.isConnected || this.abort.signal.aborted) return;
    const policy = retry(handleAll, {
      maxAttempts: Number.MAX_SAFE_INTEGER,
      backoff: new ExponentialBackoff({ initialDelay: 500, maxDelay: 10_000 }),
    });
    policy.onRetry((e) =>
      this.log.warn(
        { reason: 'error' in e ? String(e.error) : '', delayMs: e.delay },
        'kafka unreachable, retrying consumer start',
      ),
    );
    await Promise.all(
      this.consumers.map((consumer) =>
        policy.execute(async () => {
          try {
            await consumer.start();
          } catch (error) {
            await consumer.stop();
            throw error;
          }
        }, this.abort.signal),
      ),
    ).catch((error: unknown) => {
      if (!this.abort.signal.aborted) throw error;
    });
  }

  onApplicationBootstrap(): void {
    this.start().catch((err: unknown) => this.log.error({ err }, 'consumers failed to start'));
  }

  beforeApplicationShutdown(): void {
    void this.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Stops every consumer once; later calls wait for the same stop. */
  stop(): Promise<void> {
    this.abort.abort();
    this.stopping ??= Promise.all(this.consumers.map((c) => c.stop())).then(() => undefined);
    return this.stopping;
  }
}

/** A ConsumerHost provider whose consumer settings come from injected handler classes. */
export function consumerHostProvider(options: {
  readonly inject: InjectionToken[];
  readonly consumers: (...deps: never[]) => EventConsumerSettings[];
}): Provider {
  return {
    provide: ConsumerHost,
    inject: [DatabaseLifecycle, KafkaConnection, TenantTransactions, ...options.inject],
    useFactory: (
      db: DatabaseLifecycle,
      connection: KafkaConnection,
      tx: TenantTransactions,
      ...deps: never[]
    ) => new ConsumerHost(db, connection, tx, connection.settings.log, options.consumers(...deps)),
  };
}
