import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SpeedEventPairing')
export class SpeedEventPairingModel {
  @Field(() => Int)
  round!: number;

  @Field(() => ID)
  mentorId!: string;

  @Field(() => [ID])
  participantIds!: string[];

  @Field({ description: 'ISO 8601 UTC' })
  startsAt!: Date;

  @Field({ description: 'ISO 8601 UTC' })
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  room!: string | null;

  @Field(() => ID, { description: 'The session booked for this pairing' })
  sessionId!: string;
}
