import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { SessionModel } from '../../sessions/session.model';
import { SessionService } from '../../sessions/session.service';
import { CalendarFeedService } from './calendar-feed.service';

@Resolver(() => SessionModel)
export class CalendarFeedResolver {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly sessions: SessionService,
  ) {}

  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  @Mutation(() => String, {
    description:
      'A new private calendar feed URL (ICS) listing your sessions; the previous URL stops working. Shown once.',
  })
  rotateCalendarFeedUrl(@CurrentPrincipal() principal: AuthPrincipal): Promise<string> {
    return this.feeds.rotate(principal);
  }

  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  @Mutation(() => Boolean, { description: 'Turns your private calendar feed off; true if there was one' })
  revokeCalendarFeedUrl(@CurrentPrincipal() principal: AuthPrincipal): Promise<boolean> {
    return this.feeds.revoke(principal);
  }

  @ResolveField(() => String, {
    description:
      'The iCalendar invite (METHOD:REQUEST, or CANCEL once cancelled) with a stable UID and SEQUENCE',
  })
  async icsInvite(
    @Parent() session: SessionModel,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<string> {
    const record = await this.sessions.findVisible(principal, session.id);
    return record ? this.feeds.invite(principal.tenantId, record) : '';
  }
}
