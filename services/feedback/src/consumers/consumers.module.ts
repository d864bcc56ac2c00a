import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { FeedbackModule } from '../feedback/feedback.module';
import { KnownSessionsModule } from '../sessions/known-sessions.module';
import { EmployeeEventsHandler } from './employee-events.handler';
import { SessionEventsHandler } from './session-events.handler';

@Module({
  imports: [FeedbackModule, KnownSessionsModule],
  providers: [
    SessionEventsHandler,
    EmployeeEventsHandler,
    consumerHostProvider({
      inject: [SessionEventsHandler, EmployeeEventsHandler],
      consumers: (sessions: SessionEventsHandler, employees: EmployeeEventsHandler) => [
        { name: 'feedback.sessions', topics: [Topics.session], handlers: sessions.handlers() },
        { name: 'feedback.employees', topics: [Topics.employee], handlers: employees.handlers() },
      ],
    }),
  ],
})
export class ConsumersModule {}
