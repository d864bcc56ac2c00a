import { Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import { EmployeesModule } from '../employees/employees.module';
import { MatchesModule } from '../matches/matches.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { EmployeeEventsHandler } from './employee-events.handler';
import { ReadModelEventsHandler } from './read-model-events.handler';

/** Every event matching consumes: one consumer group per source, each with its inbox. */
@Module({
  imports: [EmployeesModule, MatchesModule, ReadModelsModule],
  providers: [
    EmployeeEventsHandler,
    ReadModelEventsHandler,
    consumerHostProvider({
      inject: [EmployeeEventsHandler, ReadModelEventsHandler],
      consumers: (employees: EmployeeEventsHandler, readModels: ReadModelEventsHandler) => [
        { name: 'matching.employees', topics: [Topics.employee], handlers: employees.handlers() },
        {
          name: 'matching.skill-catalog',
          topics: [Topics.skillCatalog],
          handlers: readModels.skillCatalog(),
        },
        { name: 'matching.availability', topics: [Topics.availability], handlers: readModels.availability() },
        { name: 'matching.sessions', topics: [Topics.session], handlers: readModels.sessions() },
        { name: 'matching.feedback', topics: [Topics.feedback], handlers: readModels.feedback() },
      ],
    }),
  ],
})
export class ConsumersModule {}
