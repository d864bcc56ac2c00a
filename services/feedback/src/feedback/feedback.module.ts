import { Module } from '@nestjs/common';
import { KnownSessionsModule } from '../sessions/known-sessions.module';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackResolver } from './feedback.resolver';
import { FeedbackService } from './feedback.service';
import { SessionFeedbackResolver } from './session-feedback.resolver';

@Module({
  imports: [KnownSessionsModule],
  providers: [FeedbackRepository, FeedbackService, FeedbackResolver, SessionFeedbackResolver],
  exports: [FeedbackRepository],
})
export class FeedbackModule {}
