import { ExponentialBackoff, handleAll, retry } from 'cockatiel';
import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { createDataSource } from './create-data-source';
import { provisionDatabase, withDatabase } from './provision-database';
import { runMigrations } from './run-migrations';

export interface LifecycleLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface DatabaseLifecycleSettings {
  readonly url: string;
  /** When set, the database and app role are provisioned and migrations applied as this owner. */
  readonly adminUrl?: string;
  readonly appPassword?: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
  readonly service: string;
  readonly log: LifecycleLogger;
  readonly poolSize?: number;
}

/**
 * Connects (and migrates, when given an owner URL) in the background with backoff, so a service
 * whose database is down still starts, reports not ready, and recovers when the database returns.
 */
export class DatabaseLifecycle {
  readonly dataSource: DataSource;
  private readonly abort = new AbortController();
  private connecting?: Promise<void>;

  constructor(private readonly settings: DatabaseLifecycleSettings) {
    this.dataSource = createDataSource({
      url: settings.url,
      entities: settings.entities,
      poolSize: settings.poolSize,
      applicationName: settings.service,
    });
  }

  /** Starts connecting; the returned promise settles once connected (or when stopped). */
  start(): Promise<void> {
    this.connecting ??= this.connectWithRetry();
    return this.connecting;
  }

  get isConnected(): boolean {
    return this.dataSource.isInitialized;
  }

  async isHealthy(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    try {
      await this.dataSource.query('select 1');
      return true;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    this.abort.abort();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  private async connectWithRetry(): Promise<void> {
    const policy = retry(handleAll, {
      maxAttempts: Number.MAX_SAFE_INTEGER,
      backoff: new ExponentialBackoff({ initialDelay: 250, maxDelay: 10_000 }),
    });
    policy.onRetry((event) => {
      const reason = 'error' in event ? String((event.error as Error).message) : 'unknown';
      this.settings.log.warn({ reason, delayMs: event.delay }, 'database unreachable, retrying');
    });
    try {
      await policy.execute(() => this.connectOnce(), this.abort.signal);
      this.settings.log.info({}, 'database connected');
    } catch (error) {
      if (!this.abort.signal.aborted) throw error;
    }
  }

  private async connectOnce(): Promise<void> {
    const { adminUrl, url } = this.settings;
    if (adminUrl) {
      const target = new URL(url);
      const database = target.pathname.slice(1);
      const appRole = decodeURIComponent(target.username);
      await provisionDatabase({
        adminUrl,
        database,
        appRole,
        appPassword: this.settings.appPassword ?? decodeURIComponent(target.password),
      });
      const applied = await runMigrations(
        withDatabase(adminUrl, database),
        this.settings.migrations,
        appRole,
      );
      if (applied.length > 0) this.settings.log.info({ applied }, 'migrations applied');
    }
    await this.dataSource.initialize();
  }
}
