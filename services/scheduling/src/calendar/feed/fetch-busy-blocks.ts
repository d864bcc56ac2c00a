import { normalizeTimeZone, parseInstant } from '../../availability/domain';
import { FeedRefusedError, InvalidInputError } from '../../scheduling.errors';
import { AllowPolicy, compileAllowList } from './address-policy';
import { busyBlocksFromIcs } from './busy-blocks-from-ics';
import { FetchBusyBlocksOptions, FetchBusyBlocksResult } from './feed.types';
import { HopResponse, httpGet } from './http-get';
import { resolveTarget, systemResolver } from './resolve-target';

const DEFAULTS = { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 3, maxBlocks: 10_000 };

/**
 * Downloads an ICS feed (Outlook / Google "secret address") and returns only its busy blocks
 * within `options.window`, plus ETag / Last-Modified for the caller's cache.
 *
 * SSRF guard, applied to the first URL and to every redirect: only http/https; the host is
 * resolved once and each address checked (loopback, private, link-local, unspecified,
 * multicast, metadata are refused unless the host or address is allow-listed); the request
 * connects to the checked address via a pinned `lookup`. Caps: body size, total time,
 * number of redirects. Errors never include the URL's path or query (feed URLs are secrets).
 */
export async function fetchBusyBlocks(
  url: string,
  options: FetchBusyBlocksOptions,
): Promise<FetchBusyBlocksResult> {
  const window = {
    start: parseInstant(options.window.from, 'window.from'),
    end: parseInstant(options.window.to, 'window.to'),
  };
  if (window.end <= window.start) throw new InvalidInputError('window.to', 'must be after window.from');
  const defaultZone = normalizeTimeZone(options.timeZone ?? 'UTC');
  const response = await download(url, options);
  if (response.kind === 'not_modified') {
    return { status: 'not_modified', etag: response.etag, lastModified: response.lastModified };
  }
  const blocks = busyBlocksFromIcs(response.body, {
    window,
    defaultZone,
    ignoreUidSuffix: options.ignoreUidSuffix,
    maxBlocks: DEFAULTS.maxBlocks,
  });
  return { status: 'modified', blocks, etag: response.etag, lastModified: response.lastModified };
}

async function download(
  rawUrl: string,
  options: FetchBusyBlocksOptions,
): Promise<Exclude<HopResponse, { kind: 'redirect' }>> {
  const policy = compileAllowList(options.allowList);
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULTS.timeoutMs);
  let url = feedUrl(rawUrl);
  for (let redirects = 0; ; redirects++) {
    const response = await hop(url, options, policy, deadline);
    if (response.kind !== 'redirect') return response;
    if (redirects >= maxRedirects) {
      throw new FeedRefusedError('too_many_redirects', `more than ${maxRedirects} redirects`);
    }
    url = feedUrl(response.location, url);
  }
}

async function hop(
  url: URL,
  options: FetchBusyBlocksOptions,
  policy: AllowPolicy,
  deadline: number,
): Promise<HopResponse> {
  const target = await withDeadline(
    resolveTarget(url, policy, options.resolveHost ?? systemResolver),
    deadline,
  );
  return httpGet({
    url,
    target,
    headers: requestHeaders(options),
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    deadline,
  });
}

/** Parses a feed URL (relative to `base` for redirects); only http and https pass. */
function feedUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FeedRefusedError('invalid_url', 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedRefusedError('unsupported_scheme', `scheme ${url.protocol} is not allowed`);
  }
  return url;
}

function requestHeaders(options: FetchBusyBlocksOptions): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'text/calendar, text/plain;q=0.5',
    'accept-encoding': 'identity',
    'user-agent': options.userAgent ?? 'MentorMesh-CalendarFeed/1.0',
  };
  if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
  if (options.ifModifiedSince) headers['if-modified-since'] = options.ifModifiedSince;
  return headers;
}

function withDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FeedRefusedError('timeout', 'feed did not answer in time')),
      Math.max(deadline - Date.now(), 0),
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
