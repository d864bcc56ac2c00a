import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { FeedRefusedError, FeedUnavailableError } from '../../scheduling.errors';
import { AllowPolicy, isForbiddenAddress, isMetadataHost } from './address-policy';
import { HostResolver } from './feed.types';

/** The checked address a request will connect to. */
export interface PinnedTarget {
  readonly hostname: string;
  readonly address: string;
  readonly family: 4 | 6;
}

/** The system resolver (getaddrinfo), all addresses in resolver order. */
export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Resolves the URL's host once and picks the first address the policy permits. An IP literal
 * is checked as is. Refuses metadata host names and hosts whose addresses are all forbidden,
 * unless the host or the address is allow-listed. The caller must connect to `address` (no
 * second lookup), which closes the DNS-rebinding gap between check and connect.
 */
export async function resolveTarget(
  url: URL,
  policy: AllowPolicy,
  resolver: HostResolver,
): Promise<PinnedTarget> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const hostAllowed = policy.allowsHost(hostname);
  if (!hostAllowed && isIP(hostname) === 0 && isMetadataHost(hostname)) {
    throw new FeedRefusedError('forbidden_address', `refused host ${hostname} (metadata service)`);
  }
  const addresses = isIP(hostname) !== 0 ? [hostname] : await resolveAll(resolver, hostname);
  const permitted = addresses.find((a) => hostAllowed || policy.allowsAddress(a) || !isForbiddenAddress(a));
  if (permitted === undefined) {
    throw new FeedRefusedError(
      'forbidden_address',
      `refused ${hostname}: resolves to non-public address ${addresses[0]}`,
    );
  }
  return { hostname, address: permitted, family: isIP(permitted) === 6 ? 6 : 4 };
}

async function resolveAll(resolver: HostResolver, hostname: string): Promise<readonly string[]> {
  let addresses: readonly string[];
  try {
    addresses = await resolver(hostname);
  } catch (error: unknown) {
    throw new FeedUnavailableError(
      'dns_failure',
      `cannot resolve ${hostname}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const valid = addresses.filter((a) => isIP(a) !== 0);
  if (valid.length === 0) throw new FeedUnavailableError('dns_failure', `no address for ${hostname}`);
  return valid;
}
