import { BusyBlock, TimeWindow } from '../../availability/domain';

/**
 * The tenant's exceptions to the SSRF guard (e.g. an on-premises Exchange server on 10.x).
 * Everything else that resolves to loopback, private, link-local, unspecified, multicast or
 * cloud-metadata space is refused.
 */
export interface FeedAllowList {
  /** Exact host names (case-insensitive), e.g. `exchange.corp.example`. */
  readonly hosts: readonly string[];
  /** Addresses or CIDR blocks, e.g. `10.20.0.0/16`, `127.0.0.1`, `fd12::/16`. */
  readonly addresses: readonly string[];
}

/** Resolves a host name to IP addresses (injectable for tests; default: the system resolver). */
export type HostResolver = (hostname: string) => Promise<readonly string[]>;

export interface FetchBusyBlocksOptions {
  /** Busy blocks are returned for this window only (clipped to it). */
  readonly window: TimeWindow;
  /** Zone for all-day and floating events; default `UTC`. Use the owner's zone. */
  readonly timeZone?: string;
  readonly allowList?: FeedAllowList;
  /** Body cap in bytes; default 2 MiB. */
  readonly maxBytes?: number;
  /** Total time for DNS, redirects and download; default 10 s. */
  readonly timeoutMs?: number;
  /** Default 3. */
  readonly maxRedirects?: number;
  /** Conditional request headers from the previous successful fetch. */
  readonly ifNoneMatch?: string;
  readonly ifModifiedSince?: string;
  /** Events whose UID ends with this (our own invites, e.g. `@mentormesh.example.com`) are ignored. */
  readonly ignoreUidSuffix?: string;
  readonly resolveHost?: HostResolver;
  /** Default `MentorMesh-CalendarFeed/1.0`. */
  readonly userAgent?: string;
}

interface CacheValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** `modified`: fresh data; `not_modified`: the server answered 304 to the conditional headers. */
export type FetchBusyBlocksResult =
  | ({ readonly status: 'modified'; readonly blocks: readonly BusyBlock[] } & CacheValidators)
  | ({ readonly status: 'not_modified' } & CacheValidators);
