import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { MatchesModule } from '../matches/matches.module';
import { ParticipantsModule } from '../participants/participants.module';
import { RemindersModule } from '../reminders/reminders.module';
import { VideoModule } from '../video/video.module';
import { EmployeeDepartureHandler } from './employee-departure.handler';
import { SessionBookingService } from './session-booking.service';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionRepository } from './session.repository';
import { SessionSweepRepository } from './session-sweep.repository';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { SessionSettlementJob } from './session-settlement.job';
import { SchedulingSettingsRepository } from './settings/scheduling-settings.repository';
import { SchedulingSettingsResolver } from './settings/scheduling-settings.resolver';

/**
 * Sessions: booking (exported for other features, e.g. speed events: SessionBookingService.bookSessions /
 * bookWithin), lifecycle, automatic settlement, and the tenant's scheduling settings. SessionRepository is
 * exported for read-only use (busyRanges) by availability.
 */
@Module({
  imports: [ParticipantsModule, MatchesModule, RemindersModule, VideoModule],
  providers: [
    SessionRepository,
    SessionSweepRepository,
    SchedulingSettingsRepository,
    SessionBookingService,
    SessionService,
    SessionLifecycleService,
    SessionSettlementJob,
    SessionResolver,
    SchedulingSettingsResolver,
    EmployeeDepartureHandler,
    consumerHostProvider({
      inject: [EmployeeDepartureHandler],
      consumers: (departures: EmployeeDepartureHandler) => [
        { name: 'scheduling.session-departures', topics: [Topics.employee], handlers: departures.handlers() },
      ],
    }),
  ],
  exports: [
    SessionRepository,
    SessionService,
    SessionBookingService,
    SessionLifecycleService,
    SchedulingSettingsRepository,
  ],
})
export class SessionsModule {}
