import {
  DynamicModule,
  Global,
  Inject,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DatabaseLifecycle } from '@mentormesh/database';
import { KafkaConnection, KafkaSettings } from './kafka-connection';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';
import { KafkaHealth } from './kafka-health';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingModuleOptions extends KafkaSettings {
  /** Advisory-lock key that keeps one active relay per service database. */
  readonly relayLockKey: number;
  /** When false, events stay in the outbox until a relay runs again. */
  readonly relayEnabled?: boolean;
  /** Topics this service produces to; created at start when missing. */
  readonly producesTo: readonly string[];
}

/** Kafka connection, outbox writer and relay for one service. The relay starts once the database is up. */
@Global()
@Module({})
export class MessagingModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(DatabaseLifecycle) private readonly database: DatabaseLifecycle,
    @Inject(KafkaConnection) private readonly connection: KafkaConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(KafkaHealth) private readonly health: KafkaHealth,
  ) {}

  static register(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: KafkaConnection, useValue: new KafkaConnection(options) },
        { provide: OutboxWriter, useValue: new OutboxWriter() },
        {
          provide: OutboxRelay,
          inject: [DatabaseLifecycle, KafkaConnection],
          useFactory: (db: DatabaseLifecycle, connection: KafkaConnection) =>
            new OutboxRelay(db.dataSource, connection, options.log, { lockKey: options.relayLockKey }),
        },
        {
          provide: KafkaHealth,
          inject: [KafkaConnection],
          useFactory: (c: KafkaConnection) => new KafkaHealth(c),
        },
      ],
      exports: [KafkaConnection, OutboxWriter, OutboxRelay, KafkaHealth],
    };
  }

  onApplicationBootstrap(): void {
    void this.database.start().then(async () => {
      if (!this.database.isConnected) return; // shut down before the database came up
      await this.connection.ensureTopics(this.options.producesTo).catch((err: unknown) => {
        this.options.log.warn({ err }, 'could not create topics yet; the relay will retry');
      });
      if (this.options.relayEnabled === false) {
        this.options.log.warn({}, 'outbox relay disabled by configuration');
        return;
      }
      this.relay.start();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.health.close();
  }
}
