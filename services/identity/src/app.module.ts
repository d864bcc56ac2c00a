import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { Topics } from '@mentormesh/contracts';
import { Logger } from '@mentormesh/observability';
import { configProvider, platformModules } from '@mentormesh/platform';
import { AuthTokensModule } from './auth/auth-tokens.module';
import { identityLoggerProvider, IDENTITY_LOGGER } from './auth/identity-logger';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { IdentityConfig } from './config';
import { EmployeeEntity } from './employees/employee.entity';
import { EmployeesModule } from './employees/employees.module';
import { CreateIdentitySchema1732000000100 } from './migrations/1732000000100-CreateIdentitySchema';
import { CreateSsoAndTokens1732000000110 } from './migrations/1732000000110-CreateSsoAndTokens';
import { AddHrisSkillsAndIntegrations1732000000120 } from './migrations/1732000000120-AddHrisSkillsAndIntegrations';
import { EmployeeSkillEntity } from './skills/employee-skill.entity';
import { SkillEntity } from './skills/skill.entity';
import { SkillsModule } from './skills/skills.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { ScimModule } from './scim/scim.module';
import { PrivacyModule } from './privacy/privacy.module';
import { SamlConnectionEntity } from './sso/saml-connection.entity';
import { SsoModule } from './sso/sso.module';
import { TenantEntity } from './tenants/tenant.entity';
import { TenantsModule } from './tenants/tenants.module';
import { KeyStore } from './tokens/key-store';
import { localKeySet } from './tokens/local-key-set';
import { SigningKeyEntity } from './tokens/signing-key.entity';
import { TokensModule } from './tokens/tokens.module';

@Module({})
export class AppModule {
  static register(config: IdentityConfig, log: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [configProvider(config), identityLoggerProvider(log)],
      exports: [APP_CONFIG, IDENTITY_LOGGER],
      imports: [
        ...platformModules(config, log, {
          service: 'identity',
          entities: [
            TenantEntity,
            EmployeeEntity,
            SigningKeyEntity,
            SamlConnectionEntity,
            RefreshTokenEntity,
            SkillEntity,
            EmployeeSkillEntity,
          ],
          migrations: [
            CreateIdentitySchema1732000000100,
            CreateSsoAndTokens1732000000110,
            AddHrisSkillsAndIntegrations1732000000120,
          ],
          relayLockKey: 1001,
          producesTo: [Topics.tenant, Topics.employee, Topics.skillCatalog],
          auth: {
            localKeys: {
              imports: [TokensModule],
              inject: [KeyStore],
              useFactory: (keys: KeyStore) => localKeySet(keys),
            },
          },
        }),
        TenantsModule,
        EmployeesModule,
        TokensModule,
        AuthTokensModule,
        SsoModule,
        SkillsModule,
        IntegrationsModule,
        ScimModule,
        PrivacyModule,
      ],
    };
  }
}
