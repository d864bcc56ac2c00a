import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { CreateIntegrationTokenInput } from './create-integration-token.input';
import { CreateIntegrationTokenPayload, IntegrationTokenModel } from './integration-token.model';
import { IntegrationTokenRecord } from './integration-token.repository';
import { IntegrationTokenService } from './integration-token.service';

/** ORG_ADMIN manages the organization's integration tokens. */
@Resolver(() => IntegrationTokenModel)
export class IntegrationTokenResolver {
  constructor(private readonly tokens: IntegrationTokenService) {}

  @Query(() => [IntegrationTokenModel])
  @Roles('ORG_ADMIN')
  integrationTokens(@CurrentPrincipal() principal: AuthPrincipal): Promise<IntegrationTokenRecord[]> {
    return this.tokens.list(principal.tenantId);
  }

  @Mutation(() => CreateIntegrationTokenPayload)
  @Roles('ORG_ADMIN')
  createIntegrationToken(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: CreateIntegrationTokenInput,
  ): Promise<{ token: IntegrationTokenRecord; secret: string }> {
    return this.tokens.create(principal.tenantId, principal.employeeId, input.name, input.scopes);
  }

  @Mutation(() => IntegrationTokenModel)
  @Roles('ORG_ADMIN')
  revokeIntegrationToken(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IntegrationTokenRecord> {
    return this.tokens.revoke(principal.tenantId, id);
  }
}
