import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { json } from 'express';
import { EmployeesModule } from '../employees/employees.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { SkillRepository } from '../skills/skill.repository';
import { TenantRepository } from '../tenants/tenant.repository';
import { ScimAuthGuard } from './scim-auth.guard';
import { ScimDiscoveryController } from './scim-discovery.controller';
import { SCIM_MEDIA_TYPE } from './scim-schemas';
import { ScimUsersController } from './scim-users.controller';
import { ScimUsersService } from './scim-users.service';

@Module({
  imports: [EmployeesModule, IntegrationsModule],
  controllers: [ScimUsersController, ScimDiscoveryController],
  providers: [ScimUsersService, ScimAuthGuard, TenantRepository, SkillRepository],
})
export class ScimModule implements NestModule {
  /** SCIM clients send application/scim+json, which the default JSON parser leaves alone. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(json({ type: [SCIM_MEDIA_TYPE, 'application/json'], limit: '1mb' }))
      .forRoutes(ScimUsersController, ScimDiscoveryController);
  }
}
