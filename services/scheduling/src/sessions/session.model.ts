import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { SessionFormat } from './dto/session-format.enum';
import { SessionParticipantModel } from './dto/session-participant.model';
import { SessionStatusEnum } from './dto/session-status.enum';

@ObjectType('Session', { description: 'A booked mentoring session; feedback extends it' })
@Directive('@key(fields: "id")')
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ISO 8601 UTC' })
  startsAt!: Date;

  @Field({ description: 'ISO 8601 UTC' })
  endsAt!: Date;

  @Field(() => SessionStatusEnum)
  status!: SessionStatusEnum;

  @Field(() => SessionFormat)
  format!: SessionFormat;

  @Field()
  agenda!: string;

  @Field(() => [ID])
  participantIds!: string[];

  @Field(() => [SessionParticipantModel])
  participants!: SessionParticipantModel[];
}
