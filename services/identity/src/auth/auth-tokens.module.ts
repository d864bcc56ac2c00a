import { Module } from '@nestjs/common';
import type { Logger } from '@mentormesh/observability';
import { EmployeesModule } from '../employees/employees.module';
import { TokensModule } from '../tokens/tokens.module';
import { AUTH_LOGGER } from './auth-logger';
import { AuthTokenController } from './auth-token.controller';
import { AuthorizationCodeStore } from './authorization-code.store';
import { DevLoginController } from './dev-login.controller';
import { IDENTITY_LOGGER } from './identity-logger';
import { IdentityRedis } from './identity-redis';
import { RefreshTokenPurger } from './refresh-token.purger';
import { RefreshTokenRepository } from './refresh-token.repository';
import { SessionTokensService } from './session-tokens.service';

/** Token endpoints (`/auth/token`, `/auth/logout`, dev login), refresh-token families and one-time codes. */
@Module({
  imports: [EmployeesModule, TokensModule],
  controllers: [AuthTokenController, DevLoginController],
  providers: [
    {
      provide: AUTH_LOGGER,
      inject: [IDENTITY_LOGGER],
      useFactory: (log: Logger) => log.child({ component: 'auth' }),
    },
    IdentityRedis,
    AuthorizationCodeStore,
    RefreshTokenRepository,
    RefreshTokenPurger,
    SessionTokensService,
  ],
  exports: [IdentityRedis, AuthorizationCodeStore, SessionTokensService],
})
export class AuthTokensModule {}
