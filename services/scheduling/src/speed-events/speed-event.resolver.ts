import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { ValidationError } from '@mentormesh/graphql';
import { CreateSpeedEventInput } from './dto/create-speed-event.input';
import { ReplanSpeedEventInput } from './dto/replan-speed-event.input';
import { SpeedEventAgendaModel } from './dto/speed-event-agenda.model';
import { SpeedEventModel } from './dto/speed-event.model';
import { SpeedEventReplanService } from './speed-event-replan.service';
import { SpeedEventService } from './speed-event.service';
import { toPairingModel, toSpeedEventModel } from './speed-event.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => SpeedEventModel)
export class SpeedEventResolver {
  constructor(
    private readonly events: SpeedEventService,
    private readonly replanning: SpeedEventReplanService,
  ) {}

  @Mutation(() => SpeedEventModel, {
    description: 'Lays out the rounds of a rotation plan and books every pairing',
  })
  @Roles('LD_MANAGER', 'ORG_ADMIN')
  async createSpeedEvent(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: CreateSpeedEventInput,
  ): Promise<SpeedEventModel> {
    return toSpeedEventModel(await this.events.create(principal, input));
  }

  @Mutation(() => SpeedEventModel, { description: 'Re-plans the rounds that have not started' })
  @Roles('LD_MANAGER', 'ORG_ADMIN')
  async replanSpeedEvent(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: ReplanSpeedEventInput,
  ): Promise<SpeedEventModel> {
    return toSpeedEventModel(await this.replanning.replan(principal, input));
  }

  @Mutation(() => SpeedEventAgendaModel, {
    description: 'Registers you for an event (open registration, up to its cap); returns your agenda',
  })
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  async joinSpeedEvent(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<SpeedEventAgendaModel> {
    await this.replanning.join(principal, checkedId(eventId, 'eventId'));
    return this.mySpeedEventAgenda(principal, eventId);
  }

  @Query(() => SpeedEventModel, { description: 'A speed event with all pairings (LD_MANAGER, ORG_ADMIN)' })
  @Roles('LD_MANAGER', 'ORG_ADMIN')
  async speedEvent(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SpeedEventModel> {
    return toSpeedEventModel(await this.events.find(principal, checkedId(id)));
  }

  @Query(() => SpeedEventAgendaModel, { description: 'Your rounds at a speed event, with an ICS' })
  async mySpeedEventAgenda(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<SpeedEventAgendaModel> {
    const view = await this.events.agenda(principal, checkedId(eventId, 'eventId'));
    return {
      eventId: view.event.id,
      name: view.event.name,
      timeZone: view.event.timeZone,
      rounds: view.pairings.map(toPairingModel),
      ics: view.ics,
    };
  }
}

function checkedId(value: string, field = 'id'): string {
  if (!UUID.test(value)) throw new ValidationError(field, 'must be an id');
  return value;
}
