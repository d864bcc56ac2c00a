import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { TenantRepository } from './tenant.repository';
import { TenantResolver } from './tenant.resolver';
import { TenantService } from './tenant.service';

@Module({
  imports: [EmployeesModule],
  providers: [TenantRepository, TenantService, TenantResolver],
  exports: [TenantRepository],
})
export class TenantsModule {}
