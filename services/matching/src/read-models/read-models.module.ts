import { Module } from '@nestjs/common';
import { ReadModelRepository } from './read-model.repository';
import { RecommendationChangesRepository } from './recommendation-changes.repository';
import { SkillCatalogRepository } from './skill-catalog.repository';

@Module({
  providers: [ReadModelRepository, RecommendationChangesRepository, SkillCatalogRepository],
  exports: [ReadModelRepository, RecommendationChangesRepository, SkillCatalogRepository],
})
export class ReadModelsModule {}
