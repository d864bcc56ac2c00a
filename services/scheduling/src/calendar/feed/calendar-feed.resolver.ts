import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { CalendarFeedStatusModel } from '../../availability/dto/availability.model';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedAllowListInput } from './dto/calendar-feed-allow-list.input';
import { CalendarFeedAllowListModel } from './dto/calendar-feed-allow-list.model';

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Mutation(() => CalendarFeedStatusModel, {
    description: 'Connects your calendar’s ICS feed; its busy time hides your slots and is never shown',
  })
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  connectCalendarFeed(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('url') url: string,
  ): Promise<CalendarFeedStatusModel> {
    return this.feeds.connect(principal, url);
  }

  @Mutation(() => Boolean, { description: 'Disconnects your calendar feed; false when none was connected' })
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  disconnectCalendarFeed(@CurrentPrincipal() principal: AuthPrincipal): Promise<boolean> {
    return this.feeds.disconnect(principal);
  }

  @Query(() => CalendarFeedAllowListModel)
  @Roles('ORG_ADMIN')
  calendarFeedAllowList(@CurrentPrincipal() principal: AuthPrincipal): Promise<CalendarFeedAllowListModel> {
    return this.feeds
      .allowList(principal)
      .then((l) => ({ hosts: [...l.hosts], addresses: [...l.addresses] }));
  }

  @Mutation(() => CalendarFeedAllowListModel, { description: 'Replaces the allow-list (ORG_ADMIN)' })
  @Roles('ORG_ADMIN')
  async setCalendarFeedAllowList(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: CalendarFeedAllowListInput,
  ): Promise<CalendarFeedAllowListModel> {
    const list = await this.feeds.setAllowList(principal, input);
    return { hosts: [...list.hosts], addresses: [...list.addresses] };
  }
}
