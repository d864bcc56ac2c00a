import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { ColleaguesModule } from '../colleagues/colleagues.module';
import { KudosModule } from '../kudos/kudos.module';
import { LedgerModule } from '../ledger/ledger.module';
import { EmployeeEventsHandler } from './employee-events.handler';

@Module({
  imports: [ColleaguesModule, KudosModule, LedgerModule],
  providers: [
    EmployeeEventsHandler,
    consumerHostProvider({
      inject: [EmployeeEventsHandler],
      consumers: (employees: EmployeeEventsHandler) => [
        { name: 'recognition.employees', topics: [Topics.employee], handlers: employees.handlers() },
      ],
    }),
  ],
})
export class ConsumersModule {}
