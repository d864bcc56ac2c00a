import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import {
  MatchingSettingsModel,
  MatchingWeightsModel,
  UpdateMatchingSettingsInput,
} from './matching-settings.model';
import { MatchingSettingsService } from './matching-settings.service';

@Resolver(() => MatchingSettingsModel)
export class MatchingSettingsResolver {
  constructor(private readonly settings: MatchingSettingsService) {}

  @Query(() => MatchingSettingsModel, { description: "The organization's matching weights and rules" })
  @Roles('ORG_ADMIN', 'LD_MANAGER')
  matchingSettings(@CurrentPrincipal() principal: AuthPrincipal): Promise<MatchingSettingsModel> {
    return this.settings.get(principal.tenantId);
  }

  @Mutation(() => MatchingSettingsModel, { description: 'Tune the score weights (given ones change)' })
  @Roles('ORG_ADMIN')
  setMatchingWeights(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('weights') weights: MatchingWeightsModel,
  ): Promise<MatchingSettingsModel> {
    return this.settings.update(principal.tenantId, { weights });
  }

  @Mutation(() => MatchingSettingsModel, { description: 'Vetting requirement, answer deadline and weights' })
  @Roles('ORG_ADMIN')
  updateMatchingSettings(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: UpdateMatchingSettingsInput,
  ): Promise<MatchingSettingsModel> {
    return this.settings.update(principal.tenantId, input);
  }
}
