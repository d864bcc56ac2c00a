import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Role, Roles, hasAnyRole } from '@mentormesh/auth';
import { EmployeeSkillModel } from '../skills/skill.model';
import { SetMySkillsInput } from '../skills/skill.input';
import { EmployeeSkillState } from './domain/employee-state';
import { EmployeeEntity } from './employee.entity';
import { EmployeeModel } from './employee.model';
import { EmployeeUpdateService } from './employee-update.service';
import { SetEmployeeRolesInput } from './set-employee-roles.input';

const HR_READERS: readonly Role[] = ['ORG_ADMIN', 'LD_MANAGER', 'HR_INTEGRATION'];
const SENSITIVE = 'Visible to ORG_ADMIN, LD_MANAGER and the employee themself; null for others';

/** Skills and HR-sensitive fields of Employee, and the targeted employee mutations. */
@Resolver(() => EmployeeModel)
export class EmployeeFieldsResolver {
  constructor(private readonly updates: EmployeeUpdateService) {}

  @ResolveField(() => [EmployeeSkillModel])
  skills(
    @Parent() employee: EmployeeEntity,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<EmployeeSkillState[]> {
    return this.updates.skillsOf(principal.tenantId, employee.id);
  }

  @ResolveField(() => String, { nullable: true, description: SENSITIVE })
  employeeNumber(@Parent() e: EmployeeEntity, @CurrentPrincipal() p: AuthPrincipal): string | null {
    return canSeeHrFields(p, e) ? e.employeeNumber : null;
  }

  @ResolveField(() => String, { nullable: true, description: SENSITIVE })
  costCenter(@Parent() e: EmployeeEntity, @CurrentPrincipal() p: AuthPrincipal): string | null {
    return canSeeHrFields(p, e) ? e.costCenter : null;
  }

  @ResolveField(() => String, { nullable: true, description: `ISO date. ${SENSITIVE}` })
  hireDate(@Parent() e: EmployeeEntity, @CurrentPrincipal() p: AuthPrincipal): string | null {
    return canSeeHrFields(p, e) ? e.hireDate : null;
  }

  @ResolveField(() => String, { nullable: true, description: `The HR system's id. ${SENSITIVE}` })
  externalId(@Parent() e: EmployeeEntity, @CurrentPrincipal() p: AuthPrincipal): string | null {
    return canSeeHrFields(p, e) ? e.externalId : null;
  }

  @Mutation(() => [EmployeeSkillModel], { description: "Replaces the caller's self-declared skills" })
  setMySkills(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: SetMySkillsInput,
  ): Promise<EmployeeSkillState[]> {
    return this.updates.setSkills(principal.tenantId, principal.employeeId, input.skills, 'SELF');
  }

  @Mutation(() => Boolean)
  @Roles('ORG_ADMIN')
  async setEmployeeRoles(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: SetEmployeeRolesInput,
  ): Promise<boolean> {
    await this.updates.setRoles(principal.tenantId, input.employeeId, input.roles);
    return true;
  }
}

function canSeeHrFields(principal: AuthPrincipal, employee: EmployeeEntity): boolean {
  return principal.employeeId === employee.id || hasAnyRole(principal, HR_READERS);
}
