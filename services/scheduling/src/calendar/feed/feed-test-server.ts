import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { BUSY_FEED_ICS } from './busy-feed.fixture';
import { FetchBusyBlocksOptions } from './feed.types';

export const FEED_PATH = '/secret-token-123/calendar.ics';
export const FEED_ETAG = '"feed-v1"';
export const FEED_LAST_MODIFIED = 'Mon, 16 Mar 2026 08:00:00 GMT';

/** A local feed server for tests; `hits` lists the paths requested since the last reset. */
export interface FeedTestServer {
  readonly base: string;
  readonly hits: string[];
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const redirect =
  (status: number, location: string): Route =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };

const ROUTES: Readonly<Record<string, Route>> = {
  [FEED_PATH]: (req, res) => {
    if (req.headers['if-none-match'] === FEED_ETAG) {
      res.writeHead(304, { etag: FEED_ETAG }).end();
      return;
    }
    const headers = { 'content-type': 'text/calendar', etag: FEED_ETAG, 'last-modified': FEED_LAST_MODIFIED };
    res.writeHead(200, headers).end(BUSY_FEED_ICS);
  },
  '/redirect-to-private': redirect(302, 'http://192.168.1.10/calendar.ics'),
  '/redirect-to-metadata': redirect(307, 'http://169.254.169.254/latest/meta-data/'),
  '/redirect-to-internal-name': redirect(301, 'http://intranet.corp.test/feed.ics'),
  '/big': (_req, res) => {
    const body = Buffer.alloc(3 * 1024 * 1024, 65);
    res.writeHead(200, { 'content-length': String(body.length) }).end(body);
  },
  '/big-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/calendar' });
    for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024, 66));
    res.end();
  },
  '/slow': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/calendar' });
    res.write('BEGIN:VCALENDAR\r\n');
  },
  '/error': (_req, res) => {
    res.writeHead(500).end('boom');
  },
};

/** `/loop/<n>` redirects n more times before landing on the feed. */
function route(path: string): Route {
  const loop = /^\/loop\/(\d+)$/.exec(path);
  if (loop) return redirect(302, Number(loop[1]) > 0 ? `/loop/${Number(loop[1]) - 1}` : FEED_PATH);
  return ROUTES[path] ?? ((_req, res) => void res.writeHead(404).end());
}

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startFeedServer(): Promise<FeedTestServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    route(req.url ?? '/')(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Fetch options for tests: March–April 2026, Berlin, 127.0.0.1 allow-listed. */
export function feedOptions(overrides: Partial<FetchBusyBlocksOptions> = {}): FetchBusyBlocksOptions {
  return {
    window: { from: '2026-03-01T00:00:00Z', to: '2026-05-01T00:00:00Z' },
    timeZone: 'Europe/Berlin',
    allowList: { hosts: [], addresses: ['127.0.0.1'] },
    ignoreUidSuffix: '@mentormesh.example.com',
    ...overrides,
  };
}
