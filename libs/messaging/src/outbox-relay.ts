import { CompressionTypes, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { KafkaConnection, KafkaLogger, createPartitioner } from './kafka-connection';

export interface OutboxRelaySettings {
  readonly batchSize?: number;
  readonly idleDelayMs?: number;
  /** Distinguishes relays of different services sharing one database server. */
  readonly lockKey: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  envelope: unknown;
  headers: Record<string, string>;
}

/**
 * Publishes outbox rows in order, then marks them sent, in one database transaction that also holds an
 * advisory lock, so exactly one relay per service publishes at a time and per-aggregate order holds.
 * A crash between send and commit re-sends: consumers deduplicate by event id (at-least-once).
 */
export class OutboxRelay {
  private producer?: Producer;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private published = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: KafkaConnection,
    private readonly log: KafkaLogger,
    private readonly settings: OutboxRelaySettings,
  ) {}

  get publishedCount(): number {
    return this.published;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Asks the relay to look now instead of after its idle delay (e.g. right after a commit). */
  poke(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    await this.loop;
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = undefined;
  }

  /** Publishes one batch; returns how many rows were sent. Exposed for tests and drains. */
  async publishBatch(): Promise<number> {
    const producer = await this.connectedProducer();
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`select pg_try_advisory_xact_lock($1) as locked`, [
        this.settings.lockKey,
      ]);
      if (!locked) return 0;
      const rows: OutboxRow[] = await manager.query(
        `select id, topic, message_key, event_type, envelope, headers from outbox_events
         where published_at is null order by id limit $1`,
        [this.settings.batchSize ?? 200],
      );
      if (rows.length === 0) return 0;
      await producer.sendBatch({
        acks: -1,
        timeout: 10000,
        compression: CompressionTypes.None,
        topicMessages: this.groupByTopic(rows),
      });
      await manager.query(`update outbox_events set published_at = now() where id = any($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      this.published += rows.length;
      return rows.length;
    });
  }

  private groupByTopic(
    rows: readonly OutboxRow[],
  ): { topic: string; messages: { key: string; value: string; headers: Record<string, string> }[] }[] {
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const topic = this.connection.topic(row.topic);
      const list = byTopic.get(topic) ?? [];
      list.push({
        key: row.message_key,
        value: JSON.stringify(row.envelope),
        headers: { ...row.headers, 'x-event-type': row.event_type },
      });
      byTopic.set(topic, list);
    }
    return [...byTopic.entries()].map(([topic, messages]) => ({ topic, messages }));
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.connection.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner,
        allowAutoTopicCreation: false,
      });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const sent = await this.publishBatch();
        failures = 0;
        if (sent === 0) await this.sleep(this.settings.idleDelayMs ?? 200);
      } catch (error) {
        failures += 1;
        const delay = Math.min(10_000, 200 * 2 ** Math.min(failures, 6));
        this.log.warn({ err: error, delayMs: delay, failures }, 'outbox relay failed, retrying');
        await this.producer?.disconnect().catch(() => undefined);
        this.producer = undefined;
        await this.sleep(delay);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
