import { BlockList, isIP } from 'node:net';
import { FeedAllowList } from './feed.types';

type Family = 'ipv4' | 'ipv6';

const FORBIDDEN_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT (Alibaba metadata 100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (AWS/GCP/Azure metadata 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments (Oracle metadata 192.0.0.192)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const FORBIDDEN_V6: readonly [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (AWS metadata fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
];

/** Host names of cloud metadata services, refused before any DNS lookup. */
const METADATA_HOSTS = /^(metadata|instance-data)(\.|$)|\.internal$/i;

const forbidden = buildList(FORBIDDEN_V4, FORBIDDEN_V6);

/** IPv4 embedded in IPv4-mapped (`::ffff:a.b.c.d`) or NAT64 (`64:ff9b::/96`) IPv6, else null. */
function embeddedV4(address: string): string | null {
  const canonical = new URL(`http://[${address}]`).hostname.slice(1, -1);
  const match = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!match) return null;
  const high = parseInt(match[1], 16);
  const low = parseInt(match[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True for loopback, private, link-local, unspecified, multicast, reserved and metadata addresses. */
export function isForbiddenAddress(address: string): boolean {
  const family = familyOf(address);
  if (family === null) return true;
  if (family === 'ipv6') {
    const v4 = embeddedV4(address);
    if (v4 !== null) return forbidden.check(v4, 'ipv4');
  }
  return forbidden.check(address, family);
}

/** True for names of cloud metadata endpoints (`metadata.google.internal`, `*.internal`…). */
export function isMetadataHost(hostname: string): boolean {
  return METADATA_HOSTS.test(hostname);
}

/** Compiled allow-list: host names plus address/CIDR entries. */
export interface AllowPolicy {
  allowsHost(hostname: string): boolean;
  allowsAddress(address: string): boolean;
}

/** Compiles a tenant allow-list; malformed entries are ignored (validated when saved). */
export function compileAllowList(allowList: FeedAllowList | undefined): AllowPolicy {
  const hosts = new Set((allowList?.hosts ?? []).map((h) => h.toLowerCase()));
  const addresses = new BlockList();
  for (const entry of allowList?.addresses ?? []) {
    const [address, prefix] = entry.split('/');
    const family = familyOf(address);
    if (family === null) continue;
    const bits = prefix === undefined ? (family === 'ipv4' ? 32 : 128) : Number(prefix);
    if (Number.isInteger(bits)) addresses.addSubnet(address, bits, family);
  }
  return {
    allowsHost: (hostname) => hosts.has(hostname.toLowerCase()),
    allowsAddress: (address) => {
      const family = familyOf(address);
      return family !== null && addresses.check(address, family);
    },
  };
}

function familyOf(address: string): Family | null {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : null;
}

function buildList(v4: readonly [string, number][], v6: readonly [string, number][]): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}
