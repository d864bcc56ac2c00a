import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { MarkMeetAgainInput, PlanRotationInput } from './dto/plan-rotation.input';
import { MarkMeetAgainPayload, RotationPlanModel } from './dto/rotation-plan.model';
import { MeetAgainService } from './meet-again.service';
import { RotationPlanService } from './rotation-plan.service';

@Resolver(() => RotationPlanModel)
export class RotationPlanResolver {
  constructor(
    private readonly plans: RotationPlanService,
    private readonly meetAgain: MeetAgainService,
  ) {}

  @Roles('LD_MANAGER')
  @Mutation(() => RotationPlanModel, {
    description:
      'Plans a speed-mentoring event or mentor mixer (best total fit) and publishes it to scheduling',
  })
  planRotation(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: PlanRotationInput,
  ): Promise<RotationPlanModel> {
    return this.plans.plan(principal, input);
  }

  @Query(() => RotationPlanModel, {
    description: "A rotation plan; for L&D managers and the event's own mentors and participants",
  })
  rotationPlan(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RotationPlanModel> {
    return this.plans.find(principal, id);
  }

  @Mutation(() => MarkMeetAgainPayload, {
    description: 'After an event: whom you would like to meet again; mutual choices become proposed matches',
  })
  markMeetAgain(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: MarkMeetAgainInput,
  ): Promise<MarkMeetAgainPayload> {
    return this.meetAgain.mark(principal, input);
  }
}
