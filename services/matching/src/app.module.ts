import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { Topics } from '@mentormesh/contracts';
import { Logger } from '@mentormesh/observability';
import { configProvider, platformModules } from '@mentormesh/platform';
import { MatchingConfig } from './config';
import { DirectoryEntryEntity } from './employees/directory-entry.entity';
import { EmployeesModule } from './employees/employees.module';
import { CreateMatchingSchema1732000000200 } from './migrations/1732000000200-CreateMatchingSchema';
import { CreateRequestsAndMatches1732000000210 } from './migrations/1732000000210-CreateRequestsAndMatches';
import { AddProfilesSettingsAndReadModels1732000000230 } from './migrations/1732000000230-AddProfilesSettingsAndReadModels';
import { ConsumersModule } from './consumers/consumers.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { RequestsModule } from './requests/requests.module';
import { MentoringRequestEntity } from './requests/mentoring-request.entity';
import { MatchingSettingsModule } from './settings/matching-settings.module';
import { MatchEntity } from './matches/match.entity';
import { MatchesModule } from './matches/matches.module';
import { MentorProfileEntity } from './mentor-profiles/mentor-profile.entity';
import { MentorProfilesModule } from './mentor-profiles/mentor-profiles.module';
import { EmployeeStub } from './mentor-profiles/employee.stub';
import { CreateProgramRuns1732000000220 } from './migrations/1732000000220-CreateProgramRuns';
import { ProgramRunEntity } from './programs/program-run.entity';
import { ProgramsModule } from './programs/programs.module';
import { RotationPlanEntity } from './rotations/rotation-plan.entity';
import { RotationsModule } from './rotations/rotations.module';

@Module({})
export class AppModule {
  static register(config: MatchingConfig, log: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [configProvider(config)],
      exports: [APP_CONFIG],
      imports: [
        ...platformModules(config, log, {
          service: 'matching',
          entities: [
            DirectoryEntryEntity,
            MentorProfileEntity,
            MatchEntity,
            MentoringRequestEntity,
            ProgramRunEntity,
            RotationPlanEntity,
          ],
          migrations: [
            CreateMatchingSchema1732000000200,
            CreateRequestsAndMatches1732000000210,
            CreateProgramRuns1732000000220,
            AddProfilesSettingsAndReadModels1732000000230,
          ],
          relayLockKey: 1002,
          producesTo: [Topics.mentorProfile, Topics.match, Topics.rotationPlan],
          orphanedTypes: [EmployeeStub],
        }),
        EmployeesModule,
        MentorProfilesModule,
        MatchesModule,
        ReadModelsModule,
        ConsumersModule,
        MatchingSettingsModule,
        RecommendationsModule,
        RequestsModule.register(log),
        ProgramsModule.register(log),
        RotationsModule,
      ],
    };
  }
}
