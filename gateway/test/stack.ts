import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { loadConfig } from '@mentormesh/config';
import { withDatabase } from '@mentormesh/database';
import { createLogger } from '@mentormesh/observability';
import {
  TestDatabase,
  createTestDatabase,
  testEndpoints,
  uniqueTopicPrefix,
  waitFor,
} from '@mentormesh/testing';
import { composeSupergraph } from '../src/compose';
import { gatewayConfigShape } from '../src/config';
import { createGateway } from '../src/gateway-server';
import { SubgraphName } from '../src/subgraphs';

const root = resolve(__dirname, '../..');
const logDir = resolve(root, '.run/e2e-logs');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export interface ServiceProcess {
  readonly name: SubgraphName;
  readonly url: string;
  readonly database: TestDatabase;
  /** An owner connection to this service's own database, for assertions and fault injection. */
  readonly ownerUrl: string;
  /** Kills the process (SIGKILL: no clean shutdown) or stops it gracefully. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the process again on the same database and port, with optional setting overrides. */
  restart(overrides?: Record<string, string>): Promise<void>;
}

/** A real service process, as in production: `node services/<name>/dist/main.js` with its own database. */
async function startProcess(name: SubgraphName, env: Record<string, string>): Promise<ServiceProcess> {
  const database = await createTestDatabase(name);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const baseEnv = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.MM_TEST_LOGS === '1' ? 'debug' : 'info',
    PORT: String(port),
    DATABASE_URL: database.appUrl,
    DATABASE_ADMIN_URL: database.adminUrl,
    KAFKA_BROKERS: testEndpoints().kafkaBrokers.join(','),
    ...env,
  };
  const launch = async (overrides: Record<string, string> = {}): Promise<void> => {
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(resolve(logDir, `${database.database}.log`), { flags: 'a' });
    child = spawn(process.execPath, [resolve(root, `services/${name}/dist/main.js`)], {
      env: { ...baseEnv, ...overrides },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const exited = new Promise<never>((_, reject) =>
      child!.once('exit', (code) => reject(new Error(`${name} exited with ${code} (see ${logDir})`))),
    );
    const ready = waitFor(async () => (await fetch(`${url}/health/ready`)).ok, {
      what: `${name} ready`,
      timeoutMs: 60_000,
    });
    exited.catch(() => undefined); // a later, deliberate kill is not a failed start
    await Promise.race([ready, exited]);
  };
  const kill = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((done) => child!.once('exit', done));
    child.kill(signal);
    await gone;
  };
  await launch();
  return {
    name,
    url,
    database,
    ownerUrl: withDatabase(database.adminUrl, database.database),
    kill,
    restart: async (overrides) => {
      await kill();
      await launch(overrides);
    },
  };
}

function printSubgraph(name: SubgraphName): string {
  return execFileSync(process.execPath, [resolve(root, `services/${name}/dist/print-schema.js`)], {
    encoding: 'utf8',
  });
}

export interface GraphqlResult<T> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Stack {
  readonly services: Partial<Record<SubgraphName, ServiceProcess>>;
  readonly gatewayUrl: string;
  readonly topicPrefix: string;
  query<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResult<T>>;
  createTenant(slug: string): Promise<{ tenantId: string; adminToken: string }>;
  login(tenant: string, email: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the services as separate processes against real PostgreSQL and Kafka, and the gateway in front.
 * Runs the services' `dist/` builds, which the e2e project's global setup makes once per run.
 */
export async function startStack(names: readonly SubgraphName[]): Promise<Stack> {
  const topicPrefix = uniqueTopicPrefix('e2e');
  const identity = await startProcess('identity', {
    KAFKA_TOPIC_PREFIX: topicPrefix,
    SIGNING_KEY_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
    DEV_LOGIN_ENABLED: 'true',
  });
  const jwksUrl = `${identity.url}/.well-known/jwks.json`;
  const others = await Promise.all(
    names
      .filter((n) => n !== 'identity')
      .map((n) => startProcess(n, { KAFKA_TOPIC_PREFIX: topicPrefix, JWKS_URL: jwksUrl })),
  );
  const services: Partial<Record<SubgraphName, ServiceProcess>> = { identity };
  for (const service of others) services[service.name] = service;

  const env: Record<string, string> = { NODE_ENV: 'test', JWKS_URL: jwksUrl };
  for (const name of names) env[`SUBGRAPH_${name.toUpperCase()}_URL`] = `${services[name]!.url}/graphql`;
  const supergraph = composeSupergraph(names.map((name) => ({ name, sdl: printSubgraph(name) })));
  const httpServer: Server = createServer();
  const gateway = await createGateway(
    loadConfig('gateway', gatewayConfigShape, env),
    supergraph,
    createLogger('gateway', 'silent'),
    httpServer,
  );
  httpServer.on('request', gateway.app);
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  const gatewayUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const login = async (tenant: string, email: string): Promise<string> => {
    const res = await fetch(`${identity.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant, email }),
    });
    const body = (await res.json()) as { accessToken?: string };
    if (!body.accessToken) throw new Error(`dev login failed: ${JSON.stringify(body)}`);
    return body.accessToken;
  };
  const createTenant = async (slug: string): Promise<{ tenantId: string; adminToken: string }> => {
    const out = execFileSync(
      process.execPath,
      [
        resolve(root, 'services/identity/dist/cli/create-tenant.js'),
        ...['--slug', slug, '--name', `Org ${slug}`, '--time-zone', 'Europe/Berlin'],
        ...['--admin-email', `admin@${slug}.example`, '--admin-name', 'Org Admin'],
      ],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          LOG_LEVEL: 'silent',
          DATABASE_URL: identity.database.appUrl,
          KAFKA_BROKERS: testEndpoints().kafkaBrokers.join(','),
          KAFKA_TOPIC_PREFIX: topicPrefix,
          SIGNING_KEY_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
        },
      },
    );
    const tenant = JSON.parse(out) as { id: string };
    return { tenantId: tenant.id, adminToken: await login(slug, `admin@${slug}.example`) };
  };
  return {
    services,
    gatewayUrl,
    topicPrefix,
    login,
    createTenant,
    query: async (query, variables, token) => {
      const res = await fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    close: async () => {
      await gateway.stop();
      await new Promise((done) => httpServer.close(done));
      await Promise.all(Object.values(services).map((s) => s!.kill()));
    },
  };
}
