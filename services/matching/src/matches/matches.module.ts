import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { MatchRepository } from './match.repository';
import { MatchesService } from './matches.service';

/** The match lifecycle; other matching modules (requests, programs) import it and call MatchesService. */
@Module({
  imports: [ReadModelsModule],
  providers: [MatchRepository, MatchesService],
  exports: [MatchRepository, MatchesService],
})
export class MatchesModule {}
