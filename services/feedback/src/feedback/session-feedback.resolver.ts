import { Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal } from '@mentormesh/auth';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackModel } from './feedback.model';
import { FeedbackService } from './feedback.service';
import { SessionStub } from './session.stub';

/** Adds `Session.feedback` to scheduling's Session. */
@Resolver(() => SessionStub)
export class SessionFeedbackResolver {
  constructor(private readonly service: FeedbackService) {}

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): SessionStub {
    return { id: reference.id };
  }

  @ResolveField(() => [FeedbackModel], { description: 'Feedback on this session that you wrote or received' })
  feedback(
    @Parent() session: SessionStub,
    @CurrentPrincipal() principal: AuthPrincipal,
  ): Promise<FeedbackEntity[]> {
    return this.service.visibleOn(principal, session.id);
  }
}
