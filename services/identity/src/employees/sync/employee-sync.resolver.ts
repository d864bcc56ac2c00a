import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { EmployeeRecordInput } from './employee-record.input';
import { EmployeeSyncResultModel } from './employee-sync-result.model';
import { MAX_RECORDS_PER_CALL, UpsertEmployeesUseCase } from './upsert-employees.usecase';

@Resolver()
export class EmployeeSyncResolver {
  constructor(private readonly upsert: UpsertEmployeesUseCase) {}

  @Mutation(() => [EmployeeSyncResultModel], {
    description: `Bulk HR sync, idempotent by externalId; up to ${MAX_RECORDS_PER_CALL} records, one result per record`,
  })
  @Roles('HR_INTEGRATION', 'ORG_ADMIN')
  upsertEmployees(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('records', { type: () => [EmployeeRecordInput] }) records: EmployeeRecordInput[],
  ): Promise<EmployeeSyncResultModel[]> {
    return this.upsert.execute(principal.tenantId, records);
  }
}
