import { Admin } from 'kafkajs';
import { KafkaConnection } from './kafka-connection';

/** Readiness probe for Kafka: a metadata request through a long-lived admin client. */
export class KafkaHealth {
  private admin?: Admin;

  constructor(private readonly connection: KafkaConnection) {}

  async isHealthy(): Promise<boolean> {
    try {
      if (!this.admin) {
        const admin = this.connection.kafka.admin({ retry: { retries: 0 } });
        await admin.connect();
        this.admin = admin;
      }
      await this.admin.describeCluster();
      return true;
    } catch {
      await this.admin?.disconnect().catch(() => undefined);
      this.admin = undefined;
      return false;
    }
  }

  async close(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }
}
