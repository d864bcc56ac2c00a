import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal } from '@mentormesh/auth';
import { ValidationError } from '@mentormesh/graphql';
import { checkedId } from './availability.resolver';
import { SlotModel } from './dto/slot.model';
import { SlotsService } from './slots.service';

const MAX_COMMON_PARTICIPANTS = 20;

@Resolver(() => SlotModel)
export class SlotsResolver {
  constructor(private readonly slots: SlotsService) {}

  @Query(() => [SlotModel], { description: 'Bookable slots of a mentor in [from, to), on your clock' })
  availableSlots(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('mentorId', { type: () => ID }) mentorId: string,
    @Args('length', { type: () => Int, description: 'Minutes' }) length: number,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('viewerTimeZone', { nullable: true, description: 'Default: your own zone' })
    viewerTimeZone?: string,
  ): Promise<SlotModel[]> {
    return this.slots.available(principal, checkedId('mentorId', mentorId), {
      length,
      from,
      to,
      viewerTimeZone,
    });
  }

  @Query(() => [SlotModel], { description: 'Slots every participant can take, on your clock' })
  commonSlots(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('participantIds', { type: () => [ID] }) participantIds: string[],
    @Args('length', { type: () => Int, description: 'Minutes' }) length: number,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('viewerTimeZone', { nullable: true, description: 'Default: your own zone' })
    viewerTimeZone?: string,
  ): Promise<SlotModel[]> {
    if (participantIds.length === 0 || participantIds.length > MAX_COMMON_PARTICIPANTS) {
      throw new ValidationError('participantIds', `between 1 and ${MAX_COMMON_PARTICIPANTS} people`);
    }
    if (new Set(participantIds).size !== participantIds.length) {
      throw new ValidationError('participantIds', 'must not repeat a participant');
    }
    participantIds.forEach((id) => checkedId('participantIds', id));
    return this.slots.common(principal, participantIds, { length, from, to, viewerTimeZone });
  }
}
