import { FeedRefusedError } from '../../scheduling.errors';
import { fetchBusyBlocks } from './fetch-busy-blocks';
import { FEED_PATH, feedOptions as options, FeedTestServer, startFeedServer } from './feed-test-server';

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

function refusal(reason: string): jest.AsymmetricMatcher {
  return expect.objectContaining({ constructor: FeedRefusedError, code: 'SCHEDULING.FEED_REFUSED', reason });
}

describe('fetchBusyBlocks refusals', () => {
  it('refuses loopback when it is not allow-listed, before sending anything', async () => {
    await expect(fetchBusyBlocks(`${base}${FEED_PATH}`, options({ allowList: undefined }))).rejects.toEqual(
      refusal('forbidden_address'),
    );
    expect(server.hits).toEqual([]);
  });

  it('refuses a private IP literal', async () => {
    await expect(fetchBusyBlocks('http://10.0.0.5/calendar.ics', options())).rejects.toEqual(
      refusal('forbidden_address'),
    );
  });

  it('refuses loopback hidden in an IPv4-mapped IPv6 literal', async () => {
    const port = new URL(base).port;
    await expect(
      fetchBusyBlocks(`http://[::ffff:127.0.0.1]:${port}/x`, options({ allowList: undefined })),
    ).rejects.toEqual(refusal('forbidden_address'));
  });

  it('refuses a host name that resolves to a private address', async () => {
    const resolveHost = jest.fn(async () => ['10.1.2.3']);
    await expect(
      fetchBusyBlocks('https://calendar.example.test/feed.ics', options({ resolveHost })),
    ).rejects.toEqual(refusal('forbidden_address'));
  });

  it('refuses a metadata host name without resolving it', async () => {
    const resolveHost = jest.fn(async () => ['8.8.8.8']);
    await expect(
      fetchBusyBlocks('http://metadata.google.internal/computeMetadata/v1/', options({ resolveHost })),
    ).rejects.toEqual(refusal('forbidden_address'));
    expect(resolveHost).not.toHaveBeenCalled();
  });

  it.each(['/redirect-to-private', '/redirect-to-metadata'])(
    'refuses a redirect from the allowed server to a forbidden address (%s)',
    async (path) => {
      await expect(fetchBusyBlocks(`${base}${path}`, options())).rejects.toEqual(
        refusal('forbidden_address'),
      );
      expect(server.hits).toEqual([path]);
    },
  );

  it('re-resolves and re-checks a redirect to another host name', async () => {
    const resolveHost = jest.fn(async () => ['172.20.0.7']);
    await expect(
      fetchBusyBlocks(`${base}/redirect-to-internal-name`, options({ resolveHost })),
    ).rejects.toEqual(refusal('forbidden_address'));
    expect(resolveHost).toHaveBeenCalledWith('intranet.corp.test');
  });

  it('refuses a body above the size cap, declared or streamed', async () => {
    await expect(fetchBusyBlocks(`${base}/big`, options())).rejects.toEqual(refusal('too_large'));
    await expect(fetchBusyBlocks(`${base}/big-chunked`, options({ maxBytes: 1024 * 1024 }))).rejects.toEqual(
      refusal('too_large'),
    );
  });

  it('gives up on a server that is too slow', async () => {
    await expect(fetchBusyBlocks(`${base}/slow`, options({ timeoutMs: 300 }))).rejects.toEqual(
      refusal('timeout'),
    );
  });

  it('refuses too many redirects', async () => {
    await expect(fetchBusyBlocks(`${base}/loop/5`, options({ maxRedirects: 3 }))).rejects.toEqual(
      refusal('too_many_redirects'),
    );
    expect(server.hits).toHaveLength(4);
  });

  it.each([
    'file:///etc/passwd',
    'ftp://127.0.0.1/calendar.ics',
    'gopher://127.0.0.1:70/',
    'data:text/calendar,BEGIN',
  ])('refuses the non-http scheme of %s', async (url) => {
    await expect(fetchBusyBlocks(url, options())).rejects.toEqual(refusal('unsupported_scheme'));
  });

  it('never puts the secret part of the URL into error messages', async () => {
    const error: unknown = await fetchBusyBlocks(
      `${base}${FEED_PATH}`,
      options({ allowList: undefined }),
    ).catch((e: unknown) => e);
    expect(error instanceof Error && error.message).not.toContain('secret-token-123');
  });
});
