import { DynamicModule, Module } from '@nestjs/common';
import { Topics } from '@mentormesh/contracts';
import { consumerHostProvider } from '@mentormesh/messaging';
import type { Logger } from '@mentormesh/observability';
import { MatchesModule } from '../matches/matches.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { MatchingSettingsModule } from '../settings/matching-settings.module';
import { CohortRunExecutor } from './cohort-run.executor';
import { CohortRunResolver } from './cohort-run.resolver';
import { CohortRunService } from './cohort-run.service';
import { PROGRAMS_LOGGER, ProgramJobRunner } from './jobs/program-job.runner';
import { ProgramJobRepository } from './jobs/program-job.repository';
import {
  DEFAULT_PROGRAM_JOB_SETTINGS,
  PROGRAM_JOB_SETTINGS,
  ProgramJobSettings,
} from './jobs/program-job.settings';
import { ProgramErasureHandler } from './program-erasure.handler';
import { ProgramErasureRepository } from './program-erasure.repository';
import { ProgramRunRepository } from './program-run.repository';
import { ProgramPeopleRepository } from './scoring/program-people.repository';

/** Cohort assignment runs for programs: durable jobs, their API, and approval into matches. */
@Module({})
export class ProgramsModule {
  static register(log: Logger, settings: Partial<ProgramJobSettings> = {}): DynamicModule {
    return {
      module: ProgramsModule,
      imports: [MatchesModule, ReadModelsModule, MatchingSettingsModule],
      providers: [
        { provide: PROGRAMS_LOGGER, useValue: log.child({ component: 'programs' }) },
        { provide: PROGRAM_JOB_SETTINGS, useValue: { ...DEFAULT_PROGRAM_JOB_SETTINGS, ...settings } },
        ProgramRunRepository,
        ProgramJobRepository,
        ProgramPeopleRepository,
        CohortRunExecutor,
        ProgramJobRunner,
        CohortRunService,
        CohortRunResolver,
        ProgramErasureRepository,
        ProgramErasureHandler,
        consumerHostProvider({
          inject: [ProgramErasureHandler],
          consumers: (erasure: ProgramErasureHandler) => [
            { name: 'matching.programs', topics: [Topics.employee], handlers: erasure.handlers() },
          ],
        }),
      ],
      exports: [ProgramPeopleRepository, PROGRAMS_LOGGER],
    };
  }
}
