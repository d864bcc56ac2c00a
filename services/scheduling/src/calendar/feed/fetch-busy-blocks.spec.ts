import { BUSY_FEED_BLOCKS } from './busy-feed.fixture';
import { fetchBusyBlocks } from './fetch-busy-blocks';
import {
  FEED_ETAG,
  FEED_LAST_MODIFIED,
  FEED_PATH,
  feedOptions as options,
  FeedTestServer,
  startFeedServer,
} from './feed-test-server';

let server: FeedTestServer;
let base: string;

beforeAll(async () => {
  server = await startFeedServer();
  base = server.base;
});

afterAll(() => server.close());

beforeEach(() => {
  server.hits.length = 0;
});

describe('fetchBusyBlocks from an allow-listed local server', () => {
  it('downloads the feed, expands recurring events and returns only busy blocks with cache validators', async () => {
    const result = await fetchBusyBlocks(`${base}${FEED_PATH}`, options());
    expect(result).toEqual({
      status: 'modified',
      blocks: BUSY_FEED_BLOCKS,
      etag: FEED_ETAG,
      lastModified: FEED_LAST_MODIFIED,
    });
  });

  it('sends conditional headers and reports not_modified on 304', async () => {
    const result = await fetchBusyBlocks(`${base}${FEED_PATH}`, options({ ifNoneMatch: FEED_ETAG }));
    expect(result).toEqual({ status: 'not_modified', etag: FEED_ETAG, lastModified: null });
  });

  it('follows redirects up to the limit', async () => {
    const result = await fetchBusyBlocks(`${base}/loop/1`, options({ maxRedirects: 3 }));
    expect(result.status).toBe('modified');
    expect(server.hits).toEqual(['/loop/1', '/loop/0', FEED_PATH]);
  });

  it('connects to the address it checked, without a second DNS lookup', async () => {
    const resolveHost = jest.fn(async () => ['127.0.0.1']);
    const port = new URL(base).port;
    const result = await fetchBusyBlocks(
      `http://calendar.invalid:${port}${FEED_PATH}`,
      options({ resolveHost }),
    );
    expect(result.status).toBe('modified');
    expect(resolveHost).toHaveBeenCalledTimes(1);
  });

  it('reports a server error as unavailable', async () => {
    await expect(fetchBusyBlocks(`${base}/error`, options())).rejects.toEqual(
      expect.objectContaining({ code: 'SCHEDULING.FEED_UNAVAILABLE', reason: 'http_status' }),
    );
  });
});
