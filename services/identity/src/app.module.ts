import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { Topics } from '@mentormesh/contracts';
import { Logger } from '@mentormesh/observability';
import { configProvider, platformModules } from '@mentormesh/platform';
import { IdentityConfig } from './config';
import { EmployeeEntity } from './employees/employee.entity';
import { EmployeesModule } from './employees/employees.module';
import { CreateIdentitySchema1732000000100 } from './migrations/1732000000100-CreateIdentitySchema';
import { AddHrisSkillsAndIntegrations1732000000120 } from './migrations/1732000000120-AddHrisSkillsAndIntegrations';
import { EmployeeSkillEntity } from './skills/employee-skill.entity';
import { SkillEntity } from './skills/skill.entity';
import { SkillsModule } from './skills/skills.module';
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
      providers: [configProvider(config)],
      exports: [APP_CONFIG],
      imports: [
        ...platformModules(config, log, {
          service: 'identity',
          entities: [TenantEntity, EmployeeEntity, SigningKeyEntity, SkillEntity, EmployeeSkillEntity],
          migrations: [CreateIdentitySchema1732000000100, AddHrisSkillsAndIntegrations1732000000120],
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
        SkillsModule,
      ],
    };
  }
}
