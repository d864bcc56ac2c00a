import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SessionFormat } from './session-format.enum';

export const MAX_SESSION_PARTICIPANTS = 20;

@InputType()
export class BookSessionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Book for this accepted match (you must be its mentee or mentor); participants come from it',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a match id' })
  matchId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Direct booking: everyone taking part, the caller included; required without matchId',
  })
  @IsOptional()
  @ArrayMinSize(2, { message: 'must name at least two people, yourself included' })
  @ArrayMaxSize(MAX_SESSION_PARTICIPANTS)
  @ArrayUnique({ message: 'must not repeat a participant' })
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  participantIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Which participants are mentees (default: you); everyone else is a mentor',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'must not repeat a participant' })
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  menteeIds?: string[];

  @Field({ description: 'ISO 8601 UTC instant; must lie in the future' })
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  startsAt!: Date;

  @Field(() => Int, { description: 'Length in minutes, 5 to 60' })
  @IsInt()
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(60, { message: 'must be at most 60 minutes' })
  lengthMinutes!: number;

  @Field(() => SessionFormat)
  @IsEnum(SessionFormat)
  format!: SessionFormat;

  @Field({ nullable: true, description: 'What the session is about (up to 2000 characters)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  agenda?: string;

  @Field({ nullable: true, description: 'Room or address; required for IN_PERSON' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string;

  @Field({ nullable: true, description: 'Link to the chat thread (CHAT sessions)' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https URL' })
  @MaxLength(2000)
  threadUrl?: string;

  @Field({
    nullable: true,
    description: 'RRULE for a series, e.g. FREQ=WEEKLY;COUNT=6: every occurrence is booked, or none',
  })
  @IsOptional()
  @Matches(/^[A-Z0-9=;,:+-]{1,200}$/, { message: 'must be an RRULE value such as FREQ=WEEKLY;COUNT=4' })
  recurrence?: string;

  @Field({ nullable: true, description: 'Send as a request the others confirm (default: confirmed at once)' })
  @IsOptional()
  @IsBoolean()
  asRequest?: boolean;
}
