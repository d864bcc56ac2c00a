import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { SessionFormat } from '../../sessions/dto/session-format.enum';

@InputType({ description: 'A speed-mentoring event / mentor mixer laid out from a rotation plan' })
export class CreateSpeedEventInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field({ description: 'YYYY-MM-DD in timeZone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be YYYY-MM-DD' })
  date!: string;

  @Field({ description: 'HH:mm in timeZone: the first round starts then' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:mm' })
  startTime!: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Berlin' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => Int, { description: 'Minutes per round, 5 to 60' })
  @IsInt()
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(60, { message: 'must be at most 60 minutes' })
  roundMinutes!: number;

  @Field(() => Int, { description: 'Minutes between rounds', defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(60)
  breakMinutes!: number;

  @Field(() => SessionFormat, { description: 'VIDEO_CALL or IN_PERSON' })
  @IsEnum(SessionFormat)
  format!: SessionFormat;

  @Field({ nullable: true, description: 'Venue (IN_PERSON)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  location?: string;

  @Field(() => [String], { nullable: true, description: 'Tables or rooms, one per mentor (IN_PERSON)' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  rooms?: string[];

  @Field(() => ID, { description: 'The rotation plan matching published' })
  @IsUUID('all', { message: 'must be a rotation plan id' })
  rotationPlanId!: string;

  @Field(() => Int, { nullable: true, description: 'Most participants the event takes' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  registrationCap?: number;
}
