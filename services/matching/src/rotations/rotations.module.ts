import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { MatchingSettingsModule } from '../settings/matching-settings.module';
import { ProgramPeopleRepository } from '../programs/scoring/program-people.repository';
import { MeetAgainService } from './meet-again.service';
import { RotationPlanRepository } from './rotation-plan.repository';
import { RotationPlanResolver } from './rotation-plan.resolver';
import { RotationPlanService } from './rotation-plan.service';

/** Speed-mentoring and mentor-mixer rotation plans, published for scheduling, and meet-again choices. */
@Module({
  imports: [MatchesModule, ReadModelsModule, MatchingSettingsModule],
  providers: [
    ProgramPeopleRepository,
    RotationPlanRepository,
    RotationPlanService,
    MeetAgainService,
    RotationPlanResolver,
  ],
})
export class RotationsModule {}
