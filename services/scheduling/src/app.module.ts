import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { Topics } from '@mentormesh/contracts';
import { Logger } from '@mentormesh/observability';
import { configProvider, platformModules } from '@mentormesh/platform';
import { AVAILABILITY_LOGGER } from './availability/availability-logger';
import { AvailabilityBuffersModule } from './availability/availability-buffers.module';
import { AvailabilityModule } from './availability/availability.module';
import { BusyFeedModule } from './calendar/feed/busy-feed.module';
import { CalendarFeedModule } from './calendar/private-feed/calendar-feed.module';
import { SchedulingConfig } from './config';
import { SpeedEventsModule } from './speed-events/speed-events.module';
import { SummariesModule } from './summaries/summaries.module';
import { CreateSchedulingSchema1732000000300 } from './migrations/1732000000300-CreateSchedulingSchema';
import { AddConflictFreeBooking1732000000310 } from './migrations/1732000000310-AddConflictFreeBooking';
import { CreateAvailabilityAndSpeedEvents1732000000320 } from './migrations/1732000000320-CreateAvailabilityAndSpeedEvents';
import { ParticipantEntity } from './participants/participant.entity';
import { ParticipantsModule } from './participants/participants.module';
import { SessionEntity } from './sessions/session.entity';
import { SCHEDULER_LOGGER } from './reminders/scheduler-logger';
import { SessionsModule } from './sessions/sessions.module';

@Module({})
export class AppModule {
  static register(config: SchedulingConfig, log: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [
        configProvider(config),
        { provide: SCHEDULER_LOGGER, useValue: log.child({ component: 'scheduler' }) },
        { provide: AVAILABILITY_LOGGER, useValue: log.child({ component: 'availability' }) },
      ],
      exports: [APP_CONFIG, SCHEDULER_LOGGER, AVAILABILITY_LOGGER],
      imports: [
        ...platformModules(config, log, {
          service: 'scheduling',
          entities: [ParticipantEntity, SessionEntity],
          migrations: [
            CreateSchedulingSchema1732000000300,
            AddConflictFreeBooking1732000000310,
            CreateAvailabilityAndSpeedEvents1732000000320,
          ],
          relayLockKey: 1003,
          producesTo: [Topics.session, Topics.availability],
        }),
        ParticipantsModule,
        SessionsModule,
        CalendarFeedModule,
        AvailabilityModule,
        AvailabilityBuffersModule,
        BusyFeedModule,
        SummariesModule,
        SpeedEventsModule,
      ],
    };
  }
}
