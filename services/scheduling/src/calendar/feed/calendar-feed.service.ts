import { Injectable } from '@nestjs/common';
import { isIP } from 'node:net';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { ValidationError } from '@mentormesh/graphql';
import { UnknownEmployeeError } from '../../availability/availability.errors';
import { ParticipantRepository } from '../../participants/participant.repository';
import { BusyCache } from './busy-cache';
import { CalendarFeedRepository, FeedStatusView } from './calendar-feed.repository';
import { FeedAllowList } from './feed.types';

const MAX_URL_LENGTH = 2048;

/** Employees connect their own calendar feed; admins keep the tenant's SSRF allow-list. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly participants: ParticipantRepository,
    private readonly feeds: CalendarFeedRepository,
    private readonly cache: BusyCache,
  ) {}

  /** Stores the caller's feed URL and queues an immediate fetch; the URL is never shown again. */
  connect(principal: AuthPrincipal, url: string): Promise<FeedStatusView> {
    const { tenantId, employeeId } = principal;
    const normalized = feedUrl(url);
    return this.transactions.run(tenantId, async (m) => {
      const [known] = await this.participants.findMany(m, tenantId, [employeeId]);
      if (!known) throw new UnknownEmployeeError('employeeId', employeeId);
      await this.feeds.upsert(m, tenantId, employeeId, normalized);
      return (await this.feeds.status(m, tenantId, employeeId))!;
    });
  }

  /** Forgets the caller's feed and its cached busy time. */
  async disconnect(principal: AuthPrincipal): Promise<boolean> {
    const { tenantId, employeeId } = principal;
    const removed = await this.transactions.run(tenantId, (m) => this.feeds.remove(m, tenantId, employeeId));
    await this.cache.remove(tenantId, employeeId);
    return removed;
  }

  allowList(principal: AuthPrincipal): Promise<FeedAllowList> {
    return this.transactions.run(principal.tenantId, (m) => this.feeds.allowList(m, principal.tenantId));
  }

  setAllowList(principal: AuthPrincipal, list: FeedAllowList): Promise<FeedAllowList> {
    const checked = checkedAllowList(list);
    return this.transactions.run(principal.tenantId, async (m) => {
      await this.feeds.replaceAllowList(m, principal.tenantId, checked);
      return this.feeds.allowList(m, principal.tenantId);
    });
  }
}

/** http(s) or webcal (read as https) with a host, no credentials; errors name `url` without echoing it. */
export function feedUrl(value: string): string {
  if (value.length > MAX_URL_LENGTH) throw new ValidationError('url', `at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(value.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    throw new ValidationError('url', 'must be an http(s) or webcal URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError('url', 'must be an http(s) or webcal URL');
  }
  if (url.username || url.password) throw new ValidationError('url', 'must not contain credentials');
  return url.toString();
}

function checkedAllowList(list: FeedAllowList): FeedAllowList {
  const hosts = list.hosts.map((h, i) => {
    const host = h.trim().toLowerCase();
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
      throw new ValidationError(`hosts[${i}]`, 'must be a host name');
    }
    return host;
  });
  const addresses = list.addresses.map((a, i) => {
    const [address, bits, extra] = a.trim().split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const valid =
      family !== 0 &&
      extra === undefined &&
      (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= max));
    if (!valid) throw new ValidationError(`addresses[${i}]`, 'must be an IP address or CIDR block');
    return a.trim();
  });
  return { hosts: [...new Set(hosts)], addresses: [...new Set(addresses)] };
}
