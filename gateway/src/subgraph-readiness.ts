import type { RequestHandler } from 'express';
import { SubgraphName } from './subgraphs';

async function isReachable(graphqlUrl: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('/health/live', graphqlUrl), { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** 200 only when every subgraph answers; the body says which one does not. */
export function subgraphReadiness(urls: Readonly<Record<SubgraphName, string>>): RequestHandler {
  return async (_req, res) => {
    const results = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => [name, await isReachable(url)] as const),
    );
    const ready = results.every(([, up]) => up);
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ok' : 'unavailable',
      subgraphs: Object.fromEntries(results.map(([name, up]) => [name, up ? 'up' : 'down'])),
    });
  };
}
