import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { MatchingSettingsRepository } from './matching-settings.repository';
import { MatchingSettingsResolver } from './matching-settings.resolver';
import { MatchingSettingsService } from './matching-settings.service';

@Module({
  imports: [ReadModelsModule],
  providers: [MatchingSettingsRepository, MatchingSettingsService, MatchingSettingsResolver],
  exports: [MatchingSettingsRepository],
})
export class MatchingSettingsModule {}
