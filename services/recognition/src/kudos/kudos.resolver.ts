import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal } from '@mentormesh/auth';
import { GiveKudosInput } from './dto/give-kudos.input';
import { EmployeeStub } from './employee.stub';
import { KudosEntity } from './kudos.entity';
import { KudosModel } from './kudos.model';
import { KudosService } from './kudos.service';

@Resolver(() => KudosModel)
export class KudosResolver {
  constructor(private readonly service: KudosService) {}

  @Mutation(() => KudosModel, { description: 'Thanks a colleague; they earn recognition points' })
  giveKudos(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: GiveKudosInput,
  ): Promise<KudosEntity> {
    return this.service.give(principal, input);
  }

  @ResolveField(() => EmployeeStub)
  from(@Parent() kudos: KudosEntity): EmployeeStub {
    return { id: kudos.fromId };
  }

  @ResolveField(() => EmployeeStub)
  to(@Parent() kudos: KudosEntity): EmployeeStub {
    return { id: kudos.toId };
  }
}
