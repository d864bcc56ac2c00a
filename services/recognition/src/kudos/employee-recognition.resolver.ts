import { Args, Int, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal } from '@mentormesh/auth';
import { Connection, PageInput, connectionOf } from '@mentormesh/graphql';
import { PointsService } from '../ledger/points.service';
import { BadgeModel } from './badge.model';
import { EmployeeStub } from './employee.stub';
import { KudosEntity } from './kudos.entity';
import { KudosModel } from './kudos.model';
import { KudosService } from './kudos.service';

const KudosConnection = connectionOf(KudosModel, 'Kudos');

/** Adds recognition to identity's Employee: kudos received, points and badges. */
@Resolver(() => EmployeeStub)
export class EmployeeRecognitionResolver {
  constructor(
    private readonly kudos: KudosService,
    private readonly ledger: PointsService,
  ) {}

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): EmployeeStub {
    return { id: reference.id };
  }

  @ResolveField(() => KudosConnection, { description: 'Kudos this employee received, newest first' })
  kudosReceived(
    @Parent() employee: EmployeeStub,
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<Connection<KudosEntity>> {
    return this.kudos.receivedBy(principal.tenantId, employee.id, page?.first ?? 20, page?.after);
  }

  @ResolveField(() => Int, { description: 'Recognition points earned, from the points ledger' })
  points(@Parent() employee: EmployeeStub, @CurrentPrincipal() principal: AuthPrincipal): Promise<number> {
    return this.ledger.balanceOf(principal.tenantId, employee.id);
  }

  @ResolveField(() => [BadgeModel], { description: 'Badges awarded (none yet: badge rules come later)' })
  badges(): BadgeModel[] {
    return [];
  }
}
