import { DynamicModule, INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createLogger, createServiceApp } from '@mentormesh/observability';
import { DatabaseLifecycle } from '@mentormesh/database';

export interface RunningService {
  readonly app: INestApplication;
  readonly url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** Starts a service's Nest app in-process on a free port and waits until its database is connected. */
export async function startService(name: string, module: DynamicModule): Promise<RunningService> {
  const log = createLogger(name, process.env.MM_TEST_LOGS === '1' ? 'debug' : 'silent');
  const app = await createServiceApp(module, log);
  await app.listen(0, '127.0.0.1');
  await app.get(DatabaseLifecycle).start();
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    graphql: async (query, variables, token) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as Promise<never>;
    },
    close: () => app.close(),
  };
}
