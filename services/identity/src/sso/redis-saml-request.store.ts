import type { Cluster, Redis } from 'ioredis';
import type { IssuedSamlRequest, SamlRequestConsumption, SamlRequestStore } from './saml-request.store';

export interface RedisSamlRequestStoreOptions {
  /** Prepended to every key, e.g. `mm:identity:saml:`. */
  readonly keyPrefix: string;
  /** How long a consumed id is still reported as `already-used` rather than `unknown`. */
  readonly usedMarkerTtlMs?: number;
}

/**
 * GET + DEL + used-marker in one Lua script, so consumption is atomic. KEYS share a hash tag,
 * so the script also runs on Redis Cluster.
 */
const CONSUME_SCRIPT = `
local value = redis.call('GET', KEYS[1])
if value then
  local ttl = redis.call('PTTL', KEYS[1])
  local marker = tonumber(ARGV[1])
  if ttl > marker then marker = ttl end
  redis.call('DEL', KEYS[1])
  redis.call('SET', KEYS[2], '1', 'PX', marker)
  return {'consumed', value}
end
if redis.call('EXISTS', KEYS[2]) == 1 then return {'already-used'} end
return {'unknown'}
`;

/** SamlRequestStore on Redis (ioredis): SET NX PX to save, a Lua script to consume. */
export class RedisSamlRequestStore implements SamlRequestStore {
  private readonly keyPrefix: string;
  private readonly usedMarkerTtlMs: number;

  constructor(
    private readonly redis: Redis | Cluster,
    options: RedisSamlRequestStoreOptions,
  ) {
    this.keyPrefix = options.keyPrefix;
    this.usedMarkerTtlMs = options.usedMarkerTtlMs ?? 60 * 60_000;
  }

  async save(tenantId: string, requestId: string, request: IssuedSamlRequest, ttlMs: number): Promise<void> {
    const stored = await this.redis.set(
      this.key('req', tenantId, requestId),
      JSON.stringify(request),
      'PX',
      Math.max(1, Math.ceil(ttlMs)),
      'NX',
    );
    if (stored !== 'OK') throw new Error('SAML request id already stored');
  }

  async consume(tenantId: string, requestId: string): Promise<SamlRequestConsumption> {
    const reply: unknown = await this.redis.eval(
      CONSUME_SCRIPT,
      2,
      this.key('req', tenantId, requestId),
      this.key('req-used', tenantId, requestId),
      String(this.usedMarkerTtlMs),
    );
    if (!Array.isArray(reply)) throw new Error('unexpected reply from SAML request consume script');
    const [status, value] = reply as unknown[];
    if (status === 'consumed' && typeof value === 'string') {
      return { status: 'consumed', request: parseIssuedRequest(value) };
    }
    if (status === 'already-used') return { status: 'already-used' };
    return { status: 'unknown' };
  }

  private key(kind: string, tenantId: string, requestId: string): string {
    return `${this.keyPrefix}${kind}:{${encodeURIComponent(tenantId)}:${encodeURIComponent(requestId)}}`;
  }
}

function parseIssuedRequest(raw: string): IssuedSamlRequest {
  const value: unknown = JSON.parse(raw);
  if (typeof value !== 'object' || value === null) throw new Error('stored SAML request is not an object');
  const { kind, issuedAt, relayState } = value as Record<string, unknown>;
  if ((kind !== 'login' && kind !== 'logout') || typeof issuedAt !== 'string') {
    throw new Error('stored SAML request has an unexpected shape');
  }
  return { kind, issuedAt, relayState: typeof relayState === 'string' ? relayState : null };
}
