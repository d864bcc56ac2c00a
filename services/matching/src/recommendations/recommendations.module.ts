import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { MatchesModule } from '../matches/matches.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { MatchingSettingsModule } from '../settings/matching-settings.module';
import { MentorIndexRegistry } from './mentor-index.registry';
import { MentorRecordRepository } from './mentor-record.repository';
import { RecommendationResolver } from './recommendation.resolver';
import { RecommendationService } from './recommendation.service';

@Module({
  imports: [EmployeesModule, MatchesModule, ReadModelsModule, MatchingSettingsModule],
  providers: [MentorRecordRepository, MentorIndexRegistry, RecommendationService, RecommendationResolver],
  exports: [RecommendationService],
})
export class RecommendationsModule {}
