import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { DirectoryRepository } from './directory.repository';
import { EmployeeEventsHandler } from './employee-events.handler';

@Module({
  providers: [
    DirectoryRepository,
    EmployeeEventsHandler,
    consumerHostProvider({
      inject: [EmployeeEventsHandler],
      consumers: (employees: EmployeeEventsHandler) => [
        { name: 'matching.employees', topics: [Topics.employee], handlers: employees.handlers() },
      ],
    }),
  ],
  exports: [DirectoryRepository],
})
export class EmployeesModule {}
