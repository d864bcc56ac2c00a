import { Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal } from '@mentormesh/auth';
import { EmployeeStub } from './employee.stub';
import { MentorProfileModel } from './mentor-profile.model';
import { MentorProfileService } from './mentor-profile.service';

/** Adds `Employee.mentorProfile` to identity's Employee. */
@Resolver(() => EmployeeStub)
export class EmployeeMentorProfileResolver {
  constructor(private readonly profiles: MentorProfileService) {}

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): EmployeeStub {
    return { id: reference.id };
  }

  @ResolveField(() => MentorProfileModel, { nullable: true })
  mentorProfile(
    @Parent() employee: EmployeeStub,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<MentorProfileModel | null> {
    return this.profiles.profileOf(principal.tenantId, employee.id);
  }
}
