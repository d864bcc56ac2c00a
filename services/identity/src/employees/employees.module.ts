import { Module } from '@nestjs/common';
import { TenantRepository } from '../tenants/tenant.repository';
import { EmployeeLookup } from './employee-lookup';
import { EmployeeRepository } from './employee.repository';
import { EmployeeResolver } from './employee.resolver';
import { EmployeeService } from './employee.service';

@Module({
  providers: [EmployeeRepository, EmployeeService, EmployeeResolver, EmployeeLookup, TenantRepository],
  exports: [EmployeeRepository, EmployeeLookup, EmployeeService],
})
export class EmployeesModule {}
