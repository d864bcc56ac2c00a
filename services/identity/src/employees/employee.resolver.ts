import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { Connection, PageInput, connectionOf } from '@mentormesh/graphql';
import { CreateEmployeeInput } from './create-employee.input';
import { EmployeeModel } from './employee.model';
import { EmployeeService } from './employee.service';
import { EmployeeEntity } from './employee.entity';

const EmployeeConnection = connectionOf(EmployeeModel, 'Employee');

@Resolver(() => EmployeeModel)
export class EmployeeResolver {
  constructor(private readonly service: EmployeeService) {}

  @Query(() => EmployeeModel, { description: 'The signed-in employee' })
  me(@CurrentPrincipal() principal: AuthPrincipal): Promise<EmployeeEntity> {
    return this.service.get(principal.tenantId, principal.employeeId);
  }

  @Query(() => EmployeeModel, { nullable: true })
  employee(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EmployeeEntity | null> {
    return this.service.find(principal.tenantId, id);
  }

  @Query(() => EmployeeConnection)
  employees(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<Connection<EmployeeEntity>> {
    return this.service.list(principal.tenantId, page?.first ?? 20, page?.after);
  }

  @Mutation(() => EmployeeModel)
  @Roles('ORG_ADMIN')
  createEmployee(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: CreateEmployeeInput,
  ): Promise<EmployeeEntity> {
    return this.service.create(principal.tenantId, input);
  }

  /** Federation entry point: another tenant's id resolves to null, never to data. */
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<EmployeeEntity | null> {
    return this.service.find(principal.tenantId, reference.id);
  }
}
