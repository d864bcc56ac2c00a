import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { PEOPLE_ROLES } from '../mentor-profiles/mentor-profile.resolver';
import { MentoringNeedInput } from './dto/mentoring-need.input';
import { RecommendationsModel } from './recommendation.model';
import { RecommendationService } from './recommendation.service';

@Resolver(() => RecommendationsModel)
export class RecommendationResolver {
  constructor(private readonly recommendations: RecommendationService) {}

  @Query(() => RecommendationsModel, {
    description: 'The best mentors for a need, ranked, each with its score broken down in words and numbers',
  })
  @Roles(...PEOPLE_ROLES)
  recommendMentors(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: MentoringNeedInput,
    @Args('first', { type: () => Int, defaultValue: 10, description: '1 to 100' }) first: number,
  ): Promise<RecommendationsModel> {
    return this.recommendations.recommend(principal, input, first);
  }
}
