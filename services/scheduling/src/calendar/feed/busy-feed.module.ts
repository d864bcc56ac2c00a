import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../../availability/availability.module';
import { ParticipantsModule } from '../../participants/participants.module';
import { BusyFeedPoller } from './busy-feed.poller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { FeedStoreModule } from './feed-store.module';

/** Employees' calendar busy feeds: connect/disconnect, the tenant allow-list and the poller. */
@Module({
  imports: [FeedStoreModule, AvailabilityModule, ParticipantsModule],
  providers: [CalendarFeedService, CalendarFeedResolver, BusyFeedPoller],
})
export class BusyFeedModule {}
