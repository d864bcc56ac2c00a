import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { Connection, PageInput, ValidationError } from '@mentormesh/graphql';
import { MatchEntity } from '../matches/match.entity';
import { MatchModel } from '../matches/match.model';
import { EmployeeStub } from '../mentor-profiles/employee.stub';
import { PEOPLE_ROLES } from '../mentor-profiles/mentor-profile.resolver';
import { MatchAnswersService } from './match-answers.service';
import { MatchConnection } from './mentoring-request.model';
import { MatchSide, MyMatchesService } from './my-matches.service';

export enum MatchSideValue {
  MENTEE = 'MENTEE',
  MENTOR = 'MENTOR',
}
registerEnumType(MatchSideValue, { name: 'MatchSide' });

const MAX_REASON = 200;

@Resolver(() => MatchModel)
export class MatchResolver {
  constructor(
    private readonly answers: MatchAnswersService,
    private readonly mine: MyMatchesService,
  ) {}

  @Mutation(() => MatchModel, { description: 'The mentor accepts a proposal' })
  @Roles(...PEOPLE_ROLES)
  acceptMatch(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('matchId', { type: () => ID }) matchId: string,
  ): Promise<MatchEntity> {
    return this.answers.accept(principal, matchId);
  }

  @Mutation(() => MatchModel, {
    description: 'The mentor declines; the request moves on to the next best mentor',
  })
  @Roles(...PEOPLE_ROLES)
  declineMatch(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('matchId', { type: () => ID }) matchId: string,
    @Args('reason', { description: `Why, up to ${MAX_REASON} characters` }) reason: string,
  ): Promise<MatchEntity> {
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_REASON)
      throw new ValidationError('reason', `must be 1 to ${MAX_REASON} characters`);
    return this.answers.decline(principal, matchId, trimmed);
  }

  @Query(() => MatchConnection, {
    description: 'Matches where the caller is the mentee (default) or the mentor',
  })
  @Roles(...PEOPLE_ROLES)
  myMatches(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('as', { type: () => MatchSideValue, defaultValue: MatchSideValue.MENTEE }) side: MatchSide,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Connection<MatchEntity>> {
    return this.mine.mine(principal, side, page ?? Object.assign(new PageInput(), { first: 20 }));
  }

  @ResolveField(() => EmployeeStub)
  mentor(@Parent() match: MatchEntity): EmployeeStub {
    return { id: match.mentorId };
  }

  @ResolveField(() => EmployeeStub)
  mentee(@Parent() match: MatchEntity): EmployeeStub {
    return { id: match.menteeId };
  }

  @ResolveField(() => String, { nullable: true, description: "The mentee's question (participants only)" })
  question(
    @Parent() match: MatchEntity,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<string | null> {
    return this.mine.questionOf(principal, match);
  }
}
