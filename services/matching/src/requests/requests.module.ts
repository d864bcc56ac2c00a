import { DynamicModule, Module } from '@nestjs/common';
import { Logger } from '@mentormesh/observability';
import { MatchesModule } from '../matches/matches.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { MatchingSettingsModule } from '../settings/matching-settings.module';
import { MatchAnswersService } from './match-answers.service';
import { MatchExpirySweeper } from './match-expiry.sweeper';
import { MatchResolver } from './match.resolver';
import { MentoringRequestRepository } from './mentoring-request.repository';
import { MyMatchesService } from './my-matches.service';
import { RequestFiller } from './request-filler';
import { RequestsResolver } from './requests.resolver';
import { RequestsService } from './requests.service';
import { MATCHING_LOG } from './requests.tokens';

/** Mentoring requests, answers to their matches, and the expiry sweep that moves them on. */
@Module({})
export class RequestsModule {
  static register(log: Logger): DynamicModule {
    return {
      module: RequestsModule,
      imports: [MatchesModule, RecommendationsModule, MatchingSettingsModule],
      providers: [
        { provide: MATCHING_LOG, useValue: log.child({ component: 'requests' }) },
        MentoringRequestRepository,
        RequestFiller,
        RequestsService,
        MatchAnswersService,
        MyMatchesService,
        MatchExpirySweeper,
        RequestsResolver,
        MatchResolver,
      ],
      exports: [MatchExpirySweeper],
    };
  }
}
