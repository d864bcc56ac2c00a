import { Module } from '@nestjs/common';
import type { Logger } from '@mentormesh/observability';
import { AuthTokensModule } from '../auth/auth-tokens.module';
import { IDENTITY_LOGGER } from '../auth/identity-logger';
import { IdentityRedis } from '../auth/identity-redis';
import { EmployeesModule } from '../employees/employees.module';
import { TenantsModule } from '../tenants/tenants.module';
import { RedisAssertionReplayStore } from './redis-assertion-replay.store';
import { RedisSamlRequestStore } from './redis-saml-request.store';
import { RelayStateStore } from './relay-state.store';
import { SamlConnectionRepository } from './saml-connection.repository';
import { SamlConnectionResolver } from './saml-connection.resolver';
import { SamlConnectionService } from './saml-connection.service';
import { SamlEmployeeMatcher } from './saml-employee-matcher';
import { SamlLoginHandoff } from './saml-login-handoff';
import { SamlLoginService } from './saml-login.service';
import { SamlLogoutService } from './saml-logout.service';
import { SamlSignInService } from './saml-sign-in.service';
import { SamlSingleLogoutService } from './saml-single-logout.service';
import { SamlSubjectSeal } from './saml-subject-seal';
import { SamlController } from './saml.controller';
import { SSO_LOGGER, type SsoLogger } from './sso-logger';

const SAML_STORES = Symbol('SAML_STORES');

interface SamlStores {
  readonly requests: RedisSamlRequestStore;
  readonly replays: RedisAssertionReplayStore;
}

/** SAML 2.0 single sign-on per tenant: GraphQL setup (ORG_ADMIN), public SP endpoints, single logout. */
@Module({
  imports: [TenantsModule, EmployeesModule, AuthTokensModule],
  controllers: [SamlController],
  providers: [
    {
      provide: SSO_LOGGER,
      inject: [IDENTITY_LOGGER],
      useFactory: (log: Logger): SsoLogger => log.child({ component: 'sso' }),
    },
    {
      provide: SAML_STORES,
      inject: [IdentityRedis],
      useFactory: (redis: IdentityRedis): SamlStores => {
        const options = { keyPrefix: `${redis.keyPrefix}saml:` };
        return {
          requests: new RedisSamlRequestStore(redis.client, options),
          replays: new RedisAssertionReplayStore(redis.client, options),
        };
      },
    },
    {
      provide: SamlLoginService,
      inject: [SAML_STORES, SSO_LOGGER],
      useFactory: (stores: SamlStores, logger: SsoLogger) =>
        new SamlLoginService(stores.requests, stores.replays, { logger }),
    },
    {
      provide: SamlLogoutService,
      inject: [SAML_STORES, SSO_LOGGER],
      useFactory: (stores: SamlStores, logger: SsoLogger) =>
        new SamlLogoutService(stores.requests, stores.replays, { logger }),
    },
    RelayStateStore,
    SamlConnectionRepository,
    SamlConnectionService,
    SamlConnectionResolver,
    SamlEmployeeMatcher,
    SamlSignInService,
    SamlSingleLogoutService,
    SamlLoginHandoff,
    SamlSubjectSeal,
  ],
})
export class SsoModule {}
