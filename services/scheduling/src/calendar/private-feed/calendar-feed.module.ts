import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { SessionsModule } from '../../sessions/sessions.module';
import { CalendarContactRepository } from './calendar-contact.repository';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { EmployeeContactsHandler } from './employee-contacts.handler';
import { FeedTokenRepository } from './feed-token.repository';

@Module({
  imports: [SessionsModule],
  controllers: [CalendarFeedController],
  providers: [
    CalendarContactRepository,
    FeedTokenRepository,
    CalendarFeedService,
    CalendarFeedResolver,
    EmployeeContactsHandler,
    consumerHostProvider({
      inject: [EmployeeContactsHandler],
      consumers: (contacts: EmployeeContactsHandler) => [
        { name: 'scheduling.calendar-contacts', topics: [Topics.employee], handlers: contacts.handlers() },
      ],
    }),
  ],
  exports: [CalendarFeedService],
})
export class CalendarFeedModule {}
