import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

  @Field({ description: "The organizer's IANA time zone (invites show the time there)" })
  timeZone!: string;

  @Field(() => String, { nullable: true, description: 'Room or address (IN_PERSON)' })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'Join link (VIDEO_CALL)' })
  videoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Chat thread link (CHAT)' })
  threadUrl!: string | null;

  @Field(() => ID, { nullable: true, description: 'The match this session was booked for' })
  matchId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The speed-mentoring event this session is a round of' })
  speedEventId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The series this session belongs to' })
  seriesId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Position in its series, from 0' })
  seriesIndex!: number | null;

  @Field(() => Int, { description: 'Calendar SEQUENCE: grows with every change invites must reflect' })
  sequence!: number;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled' })
  cancellationReason!: string | null;

  @Field(() => [ID], { description: 'Who did not show up (NO_SHOW)' })
  absentees!: string[];
}
