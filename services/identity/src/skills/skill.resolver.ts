import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { Connection, PageInput, connectionOf } from '@mentormesh/graphql';
import { SkillCatalogService } from './skill-catalog.service';
import { SkillInput } from './skill.input';
import { SkillModel } from './skill.model';
import { SkillRecord } from './skill.repository';

const SkillConnection = connectionOf(SkillModel, 'Skill');

@Resolver(() => SkillModel)
export class SkillResolver {
  constructor(private readonly catalog: SkillCatalogService) {}

  @Query(() => SkillConnection, { description: "The organization's skill catalog, by name" })
  skills(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<Connection<SkillRecord>> {
    return this.catalog.page(principal.tenantId, page?.first ?? 20, page?.after);
  }

  @Query(() => SkillModel, { nullable: true })
  skill(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SkillRecord | null> {
    return this.catalog.find(principal.tenantId, id);
  }

  @Mutation(() => SkillModel)
  @Roles('ORG_ADMIN', 'LD_MANAGER')
  createSkill(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: SkillInput,
  ): Promise<SkillRecord> {
    return this.catalog.create(principal.tenantId, input);
  }

  @Mutation(() => SkillModel)
  @Roles('ORG_ADMIN', 'LD_MANAGER')
  updateSkill(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SkillInput,
  ): Promise<SkillRecord> {
    return this.catalog.update(principal.tenantId, id, input);
  }

  @Mutation(() => Boolean, { description: 'Removes the skill and every employee level in it' })
  @Roles('ORG_ADMIN', 'LD_MANAGER')
  deleteSkill(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.catalog.delete(principal.tenantId, id);
  }
}
