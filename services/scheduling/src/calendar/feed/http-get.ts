import { IncomingMessage, request as httpRequest, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';
import { FeedRefusedError, FeedUnavailableError } from '../../scheduling.errors';
import { PinnedTarget } from './resolve-target';

export interface HopRequest {
  readonly url: URL;
  readonly target: PinnedTarget;
  readonly headers: Readonly<Record<string, string>>;
  readonly maxBytes: number;
  /** Epoch ms by which the whole fetch must be done. */
  readonly deadline: number;
}

interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export type HopResponse =
  | { readonly kind: 'redirect'; readonly location: string }
  | ({ readonly kind: 'not_modified' } & Validators)
  | ({ readonly kind: 'body'; readonly body: string } & Validators);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * One GET to the pinned address (the `lookup` hook returns it, so no second DNS query can
 * swap the target), bounded by the overall deadline and the body cap. Redirects are returned,
 * not followed: the caller re-checks each hop.
 */
export function httpGet(hop: HopRequest): Promise<HopResponse> {
  return new Promise<HopResponse>((resolve, reject) => {
    const send = hop.url.protocol === 'https:' ? httpsRequest : httpRequest;
    let timer: NodeJS.Timeout | undefined;
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      reject(toFeedError(error));
    };
    const succeed = (response: HopResponse): void => {
      clearTimeout(timer);
      resolve(response);
    };
    const req = send(requestOptions(hop), (res) => handleResponse(res, hop).then(succeed, fail));
    timer = setTimeout(
      () => {
        fail(timeoutError());
        req.destroy();
      },
      Math.max(hop.deadline - Date.now(), 0),
    );
    req.on('error', fail);
    req.end();
  });
}

function requestOptions(hop: HopRequest): RequestOptions {
  const { url, target } = hop;
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  return {
    method: 'GET',
    host: target.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    auth: url.username
      ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
      : undefined,
    headers: hop.headers,
    lookup: pinned,
    agent: false,
  };
}

function handleResponse(res: IncomingMessage, hop: HopRequest): Promise<HopResponse> {
  const status = res.statusCode ?? 0;
  const validators = { etag: header(res, 'etag'), lastModified: header(res, 'last-modified') };
  if (REDIRECTS.has(status) && res.headers.location) {
    res.resume();
    return Promise.resolve({ kind: 'redirect', location: res.headers.location });
  }
  if (status === 304) {
    res.resume();
    return Promise.resolve({ kind: 'not_modified', ...validators });
  }
  if (status !== 200) {
    res.resume();
    return Promise.reject(new FeedUnavailableError('http_status', `feed answered HTTP ${status}`));
  }
  const encoding = header(res, 'content-encoding');
  if (encoding !== null && encoding.toLowerCase() !== 'identity') {
    res.resume();
    return Promise.reject(
      new FeedUnavailableError('invalid_calendar', `unsupported content encoding ${encoding}`),
    );
  }
  return readCapped(res, hop.maxBytes).then((body) => ({ kind: 'body', body, ...validators }));
}

function readCapped(res: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const declared = Number(res.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      res.destroy();
      return reject(tooLarge(maxBytes));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) res.destroy(tooLarge(maxBytes));
      else chunks.push(chunk);
    });
    res.on('error', (error: unknown) => reject(toFeedError(error)));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('close', () => {
      if (!res.complete) reject(new FeedUnavailableError('network', 'feed connection closed early'));
    });
  });
}

function header(res: IncomingMessage, name: string): string | null {
  const value = res.headers[name];
  return typeof value === 'string' ? value : null;
}

function tooLarge(maxBytes: number): FeedRefusedError {
  return new FeedRefusedError('too_large', `feed is larger than ${maxBytes} bytes`);
}

function timeoutError(): FeedRefusedError {
  return new FeedRefusedError('timeout', 'feed did not answer in time');
}

function toFeedError(error: unknown): Error {
  if (error instanceof FeedRefusedError || error instanceof FeedUnavailableError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new FeedUnavailableError('network', `feed request failed: ${message}`);
}
