import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionFormat } from '../../sessions/dto/session-format.enum';
import { SpeedEventPairingModel } from './speed-event-pairing.model';

@ObjectType('SpeedEvent', { description: 'A speed-mentoring event or mentor mixer' })
export class SpeedEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'First round, ISO 8601 UTC' })
  startsAt!: Date;

  @Field()
  timeZone!: string;

  @Field(() => Int)
  roundMinutes!: number;

  @Field(() => Int)
  breakMinutes!: number;

  @Field(() => Int)
  roundCount!: number;

  @Field(() => SessionFormat)
  format!: SessionFormat;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => ID)
  rotationPlanId!: string;

  @Field(() => Int, { nullable: true })
  registrationCap!: number | null;

  @Field(() => [ID])
  mentorIds!: string[];

  @Field(() => [ID])
  participantIds!: string[];

  @Field(() => [SpeedEventPairingModel], { description: 'Booked pairings, by round' })
  pairings!: SpeedEventPairingModel[];
}
