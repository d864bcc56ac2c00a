import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionStub } from './session.stub';

@ObjectType('Feedback', { description: 'A rating one participant gave another after a session' })
export class FeedbackModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => SessionStub, { description: 'The session, resolved by scheduling' })
  session!: SessionStub;

  @Field(() => ID, { description: 'Who the feedback is about' })
  subjectId!: string;

  @Field(() => Int)
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Null when none was given or its author was erased' })
  comment!: string | null;

  @Field({ description: 'ISO 8601 UTC' })
  createdAt!: Date;
}
