import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '@mentormesh/config';
import type { IdentityConfig } from '../config';

/** Identity's Redis connection: SAML request/replay caches, relay states and authorization codes. */
@Injectable()
export class IdentityRedis implements OnApplicationShutdown {
  readonly client: Redis;
  /** Prepended to every key identity writes. */
  readonly keyPrefix = 'mm:identity:';

  constructor(@Inject(APP_CONFIG) config: IdentityConfig) {
    this.client = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client.status !== 'end') await this.client.quit().catch(() => undefined);
  }
}
