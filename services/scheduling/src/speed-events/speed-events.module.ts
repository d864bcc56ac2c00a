import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { ParticipantsModule } from '../participants/participants.module';
import { SessionsModule } from '../sessions/sessions.module';
import { RotationPlanEventsHandler } from './rotation-plan-events.handler';
import { RotationPlanRepository } from './rotation-plan.repository';
import { SpeedEventBooker } from './speed-event-booker';
import { SpeedEventReplanService } from './speed-event-replan.service';
import { SpeedEventRepository } from './speed-event.repository';
import { SpeedEventResolver } from './speed-event.resolver';
import { SpeedEventService } from './speed-event.service';

/** Speed-mentoring events and mentor mixers: rotation plans from matching, laid out in time and booked. */
@Module({
  imports: [ParticipantsModule, SessionsModule],
  providers: [
    RotationPlanRepository,
    RotationPlanEventsHandler,
    SpeedEventRepository,
    SpeedEventBooker,
    SpeedEventService,
    SpeedEventReplanService,
    SpeedEventResolver,
    consumerHostProvider({
      inject: [RotationPlanEventsHandler],
      consumers: (plans: RotationPlanEventsHandler) => [
        { name: 'scheduling.rotation-plans', topics: [Topics.rotationPlan], handlers: plans.handlers() },
      ],
    }),
  ],
})
export class SpeedEventsModule {}
