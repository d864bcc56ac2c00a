import { DynamicModule, Provider } from '@nestjs/common';
import { AuthModule, AuthModuleOptions } from '@mentormesh/auth';
import { APP_CONFIG, platformShape, loadConfig } from '@mentormesh/config';
import { DatabaseLifecycle, DatabaseLifecycleSettings, DatabaseModule } from '@mentormesh/database';
import { subgraphModule } from '@mentormesh/graphql';
import { CreateMessagingTables1732000000000, KafkaHealth, MessagingModule } from '@mentormesh/messaging';
import { Logger, ObservabilityModule } from '@mentormesh/observability';

export type PlatformConfig = ReturnType<typeof loadConfig<typeof platformShape>> & {
  readonly SCHEMA_FILE?: string;
};

export interface ServiceDefinition {
  readonly service: string;
  readonly entities: DatabaseLifecycleSettings['entities'];
  /** The service's own migrations; the outbox/inbox migration is added first. */
  readonly migrations: readonly (new () => unknown)[];
  /** Unique per service: keeps one active outbox relay per service database. */
  readonly relayLockKey: number;
  readonly producesTo: readonly string[];
  /** Types only referenced through federation (stubs of other subgraphs' entities). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly orphanedTypes?: Function[];
  /** Overrides how tokens are verified (identity uses its own key store). */
  readonly auth?: Partial<AuthModuleOptions>;
}

/**
 * Everything a MentorMesh service stands on: its database (RLS, migrations, retrying connect), Kafka
 * (outbox relay), token verification, health/metrics, and its federation subgraph. The service adds
 * its feature modules.
 */
export function platformModules(
  config: PlatformConfig,
  log: Logger,
  def: ServiceDefinition,
): DynamicModule[] {
  return [
    DatabaseModule.register({
      service: def.service,
      url: config.DATABASE_URL,
      adminUrl: config.DATABASE_ADMIN_URL,
      entities: def.entities,
      migrations: [CreateMessagingTables1732000000000, ...def.migrations],
      log: log.child({ component: 'database' }),
    }),
    MessagingModule.register({
      brokers: config.KAFKA_BROKERS,
      clientId: def.service,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      relayLockKey: def.relayLockKey,
      relayEnabled: config.OUTBOX_RELAY_ENABLED,
      producesTo: def.producesTo,
      log: log.child({ component: 'kafka' }),
    }),
    AuthModule.register({
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      jwksUrl: config.JWKS_URL,
      ...def.auth,
    }),
    ObservabilityModule.register({
      inject: [DatabaseLifecycle, KafkaHealth],
      useFactory: (db: DatabaseLifecycle, kafka: KafkaHealth) => [
        { name: 'database', check: () => db.isHealthy() },
        { name: 'kafka', check: () => kafka.isHealthy() },
      ],
    }),
    subgraphModule({
      schemaFile: config.SCHEMA_FILE ?? true,
      exposeInternalErrors: config.NODE_ENV === 'development',
      log,
      orphanedTypes: def.orphanedTypes,
    }),
  ];
}

/** The typed configuration object, injectable everywhere as APP_CONFIG. */
export function configProvider(config: unknown): Provider {
  return { provide: APP_CONFIG, useValue: config };
}
