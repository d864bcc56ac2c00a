import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { loadConfig } from '@mentormesh/config';
import { createLogger, createServiceApp } from '@mentormesh/observability';
import {
  TcpProxy,
  TestIssuer,
  createTcpProxy,
  createTestDatabase,
  startTestIssuer,
  testEndpoints,
  uniqueTopicPrefix,
  waitFor,
} from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { matchingConfigShape } from '../src/config';

function through(url: string, proxy: TcpProxy): string {
  const parsed = new URL(url);
  parsed.host = `127.0.0.1:${proxy.port}`;
  return parsed.toString();
}

describe('matching starts while PostgreSQL and Kafka are down', () => {
  let postgres: TcpProxy;
  let kafka: TcpProxy;
  let issuer: TestIssuer;
  let app: INestApplication;

  beforeAll(async () => {
    const db = await createTestDatabase('matching');
    const [kafkaHost, kafkaPort] = testEndpoints().kafkaBrokers[0].split(':');
    postgres = await createTcpProxy(Number(new URL(db.adminUrl).port || 5432));
    kafka = await createTcpProxy(Number(kafkaPort), kafkaHost);
    issuer = await startTestIssuer();
    const config = loadConfig('matching', matchingConfigShape, {
      NODE_ENV: 'test',
      DATABASE_URL: through(db.appUrl, postgres),
      DATABASE_ADMIN_URL: through(db.adminUrl, postgres),
      KAFKA_BROKERS: `127.0.0.1:${kafka.port}`,
      KAFKA_TOPIC_PREFIX: uniqueTopicPrefix('resilience'),
      JWKS_URL: issuer.jwksUrl,
    });
    const log = createLogger('matching', 'silent');
    app = await createServiceApp(AppModule.register(config, log), log);
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await Promise.all([postgres.close(), kafka.close(), issuer.close()]);
  });

  async function readiness(): Promise<{ status: number; body: { checks: Record<string, string> } }> {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
    return { status: res.status, body: (await res.json()) as { checks: Record<string, string> } };
  }

  it('is live but not ready, naming what is down, then recovers when both come back', async () => {
    const { port } = app.getHttpServer().address() as AddressInfo;
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ database: 'down', kafka: 'down' });

    await postgres.open();
    await kafka.open();
    const up = await waitFor(async () => ((await readiness()).status === 200 ? readiness() : undefined), {
      what: 'readiness after recovery',
      timeoutMs: 45_000,
      intervalMs: 500,
    });
    expect(up.body.checks).toEqual({ database: 'up', kafka: 'up' });
  });
});
