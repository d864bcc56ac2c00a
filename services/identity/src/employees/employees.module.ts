import { Module } from '@nestjs/common';
import { SkillRepository } from '../skills/skill.repository';
import { TenantRepository } from '../tenants/tenant.repository';
import { EmployeeFieldsResolver } from './employee-fields.resolver';
import { EmployeeLookup } from './employee-lookup';
import { EmployeeRepository } from './employee.repository';
import { EmployeeResolver } from './employee.resolver';
import { EmployeeService } from './employee.service';
import { EmployeeSyncRepository } from './employee-sync.repository';
import { EmployeeUpdateService } from './employee-update.service';
import { EmployeeChangeApplier } from './sync/employee-change.applier';
import { EmployeeSyncResolver } from './sync/employee-sync.resolver';
import { OutboxBatch } from './sync/outbox-batch';
import { UpsertEmployeesUseCase } from './sync/upsert-employees.usecase';

@Module({
  providers: [
    EmployeeRepository,
    EmployeeService,
    EmployeeResolver,
    EmployeeFieldsResolver,
    EmployeeLookup,
    TenantRepository,
    SkillRepository,
    EmployeeSyncRepository,
    OutboxBatch,
    EmployeeChangeApplier,
    EmployeeUpdateService,
    UpsertEmployeesUseCase,
    EmployeeSyncResolver,
  ],
  exports: [
    EmployeeRepository,
    EmployeeLookup,
    EmployeeService,
    EmployeeChangeApplier,
    EmployeeSyncRepository,
  ],
})
export class EmployeesModule {}
