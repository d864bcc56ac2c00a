import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal } from '@mentormesh/auth';
import { SubmitFeedbackInput } from './dto/submit-feedback.input';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackModel } from './feedback.model';
import { FeedbackService } from './feedback.service';
import { SessionStub } from './session.stub';

@Resolver(() => FeedbackModel)
export class FeedbackResolver {
  constructor(private readonly service: FeedbackService) {}

  @Mutation(() => FeedbackModel, { description: 'Rates another participant of a session you took part in' })
  submitFeedback(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: SubmitFeedbackInput,
  ): Promise<FeedbackEntity> {
    return this.service.submit(principal, input);
  }

  @ResolveField(() => SessionStub)
  session(@Parent() feedback: FeedbackEntity): SessionStub {
    return { id: feedback.sessionId };
  }
}
