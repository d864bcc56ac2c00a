import { Args, Mutation, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { CreateTenantInput } from './create-tenant.input';
import { TenantEntity } from './tenant.entity';
import { TenantModel } from './tenant.model';
import { TenantService } from './tenant.service';
import { MentoringSettings, MentoringSettingsModel, mentoringSettingsOf } from './tenant-settings';
import { UpdateTenantInput } from './update-tenant.input';

@Resolver(() => TenantModel)
export class TenantResolver {
  constructor(private readonly tenants: TenantService) {}

  @Query(() => TenantModel, { description: "The caller's organization" })
  tenant(@CurrentPrincipal() principal: AuthPrincipal): Promise<TenantEntity> {
    return this.tenants.current(principal.tenantId);
  }

  @Mutation(() => TenantModel, {
    description: "Changes the caller's organization profile and mentoring settings",
  })
  @Roles('ORG_ADMIN')
  updateTenant(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: UpdateTenantInput,
  ): Promise<TenantEntity> {
    return this.tenants.update(principal.tenantId, input);
  }

  @ResolveField(() => MentoringSettingsModel)
  mentoring(@Parent() tenant: TenantEntity): MentoringSettings {
    return mentoringSettingsOf(tenant.settings);
  }

  /**
   * Onboards another organization with its first admin. The caller gets no access to it: the new
   * admin signs in on their own (SSO or dev login).
   */
  @Mutation(() => TenantModel)
  @Roles('ORG_ADMIN')
  createTenant(@Args('input') input: CreateTenantInput): Promise<TenantEntity> {
    return this.tenants.create(input);
  }
}
