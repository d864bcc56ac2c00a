import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { EmployeeEventsHandler } from './employee-events.handler';
import { ParticipantRepository } from './participant.repository';

@Module({
  providers: [
    ParticipantRepository,
    EmployeeEventsHandler,
    consumerHostProvider({
      inject: [EmployeeEventsHandler],
      consumers: (employees: EmployeeEventsHandler) => [
        { name: 'scheduling.employees', topics: [Topics.employee], handlers: employees.handlers() },
      ],
    }),
  ],
  exports: [ParticipantRepository],
})
export class ParticipantsModule {}
