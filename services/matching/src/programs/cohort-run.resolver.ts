import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { ApproveCohortRunPayload, CohortRunModel } from './dto/cohort-run.model';
import { RerunCohortRunInput, StartCohortRunInput } from './dto/start-cohort-run.input';
import { CohortRunService } from './cohort-run.service';

@Resolver(() => CohortRunModel)
export class CohortRunResolver {
  constructor(private readonly service: CohortRunService) {}

  @Roles('LD_MANAGER')
  @Mutation(() => CohortRunModel, {
    description:
      'Queues an optimal cohort assignment for a program; poll cohortRun(id) for progress and result',
  })
  startCohortRun(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: StartCohortRunInput,
  ): Promise<CohortRunModel> {
    return this.service.start(principal, input);
  }

  @Roles('LD_MANAGER')
  @Mutation(() => CohortRunModel, {
    description: 'Runs a previous cohort run again with other pins and forbids',
  })
  rerunCohortRun(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: RerunCohortRunInput,
  ): Promise<CohortRunModel> {
    return this.service.rerun(principal, input);
  }

  @Roles('LD_MANAGER')
  @Query(() => CohortRunModel, { description: 'A cohort run: status, progress and, once done, its result' })
  cohortRun(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CohortRunModel> {
    return this.service.find(principal, id);
  }

  @Roles('LD_MANAGER')
  @Mutation(() => ApproveCohortRunPayload, {
    description: "Saves a succeeded run's pairs as matches and approves them in bulk",
  })
  async approveCohortRun(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApproveCohortRunPayload> {
    const approved = await this.service.approve(principal, id);
    return { run: approved.run, matchIds: [...approved.matchIds] };
  }
}
