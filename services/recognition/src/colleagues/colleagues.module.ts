import { Module } from '@nestjs/common';
import { ColleagueRepository } from './colleague.repository';

@Module({
  providers: [ColleagueRepository],
  exports: [ColleagueRepository],
})
export class ColleaguesModule {}
