import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { Connection, PageInput } from '@mentormesh/graphql';
import { PEOPLE_ROLES } from '../mentor-profiles/mentor-profile.resolver';
import { CreateMentoringRequestInput } from './dto/create-mentoring-request.input';
import { MentoringRequestConnection, MentoringRequestModel } from './mentoring-request.model';
import { RequestsService } from './requests.service';

@Resolver(() => MentoringRequestModel)
export class RequestsResolver {
  constructor(private readonly requests: RequestsService) {}

  @Mutation(() => MentoringRequestModel, {
    description: 'Ask for help: the best mentors (up to `perspectives`) get a proposal to accept or decline',
  })
  @Roles(...PEOPLE_ROLES)
  createMentoringRequest(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: CreateMentoringRequestInput,
  ): Promise<MentoringRequestModel> {
    return this.requests.create(principal, input);
  }

  @Mutation(() => MentoringRequestModel, { description: 'No longer needed: open matches are withdrawn' })
  @Roles(...PEOPLE_ROLES)
  withdrawRequest(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('requestId', { type: () => ID }) requestId: string,
  ): Promise<MentoringRequestModel> {
    return this.requests.withdraw(principal, requestId);
  }

  @Query(() => MentoringRequestConnection, { description: "The caller's requests, newest first" })
  @Roles(...PEOPLE_ROLES)
  myRequests(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Connection<MentoringRequestModel>> {
    return this.requests.mine(principal, page ?? Object.assign(new PageInput(), { first: 20 }));
  }
}
