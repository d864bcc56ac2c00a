import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SessionFormat } from './session-format.enum';

export const MAX_SESSION_PARTICIPANTS = 20;

@InputType()
export class BookSessionInput {
  @Field(() => [ID], { description: 'Everyone taking part, the caller included; the others are the mentors' })
  @ArrayMinSize(2, { message: 'must name at least two people, yourself included' })
  @ArrayMaxSize(MAX_SESSION_PARTICIPANTS)
  @ArrayUnique({ message: 'must not repeat a participant' })
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  participantIds!: string[];

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
}
