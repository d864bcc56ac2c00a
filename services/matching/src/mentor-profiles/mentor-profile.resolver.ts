import { Args, ID, Mutation, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { ValidationError } from '@mentormesh/graphql';
import { UpdateMentorProfileInput } from './dto/update-mentor-profile.input';
import { MentorProfileModel } from './mentor-profile.model';
import { MentorProfileService } from './mentor-profile.service';
import { UnknownEmployeeError } from './mentor-profile.errors';

export enum VettingStatusValue {
  PENDING = 'PENDING',
  VETTED = 'VETTED',
  REJECTED = 'REJECTED',
}
registerEnumType(VettingStatusValue, { name: 'VettingStatus' });

/** Roles that may mentor or be mentored (everyone but integration clients). */
export const PEOPLE_ROLES = ['EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN'] as const;

@Resolver(() => MentorProfileModel)
export class MentorProfileResolver {
  constructor(private readonly profiles: MentorProfileService) {}

  @Query(() => MentorProfileModel, { description: "The caller's own mentor and mentee profile" })
  @Roles(...PEOPLE_ROLES)
  async myMentorProfile(@CurrentPrincipal() principal: AuthPrincipal): Promise<MentorProfileModel> {
    const profile = await this.profiles.profileOf(principal.tenantId, principal.employeeId);
    if (!profile) throw new UnknownEmployeeError('employeeId');
    return profile;
  }

  @Mutation(() => MentorProfileModel, { description: 'Opt in as a mentor, describe what you offer and want' })
  @Roles(...PEOPLE_ROLES)
  updateMyMentorProfile(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: UpdateMentorProfileInput,
  ): Promise<MentorProfileModel> {
    return this.profiles.updateMine(principal, input);
  }

  @Mutation(() => MentorProfileModel, { description: "Record a mentor's vetting outcome (L&D)" })
  @Roles('LD_MANAGER', 'ORG_ADMIN')
  setMentorVetting(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('employeeId', { type: () => ID }) employeeId: string,
    @Args('status', { type: () => VettingStatusValue }) status: VettingStatusValue,
  ): Promise<MentorProfileModel> {
    validateEmployeeId(employeeId);
    return this.profiles.setVetting(principal, employeeId, status);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validateEmployeeId(employeeId: string): void {
  if (!UUID.test(employeeId)) throw new ValidationError('employeeId', 'must be an employee id');
}
