import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles, hasAnyRole } from '@mentormesh/auth';
import { EmployeeDataExportModel } from './employee-data-export.model';
import { ExportNotAllowedError } from './privacy.errors';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => EmployeeDataExportModel, { description: 'GDPR export (ORG_ADMIN, or the employee themself)' })
  exportEmployeeData(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EmployeeDataExportModel> {
    if (principal.employeeId !== id && !hasAnyRole(principal, ['ORG_ADMIN']))
      throw new ExportNotAllowedError();
    return this.privacy.exportData(principal.tenantId, id);
  }

  @Mutation(() => Boolean, {
    description:
      "GDPR erasure: anonymizes the employee's personal data and tells every service to erase theirs",
  })
  @Roles('ORG_ADMIN')
  eraseEmployee(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.privacy.erase(principal.tenantId, id);
  }
}
