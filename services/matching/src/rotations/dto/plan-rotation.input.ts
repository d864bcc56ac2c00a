import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

@InputType()
export class PlanRotationInput {
  @Field({ description: 'The event, e.g. "Speed mentoring, Berlin, 12 March"' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one mentor' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  mentorIds!: string[];

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one participant' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  participantIds!: string[];

  @Field(() => Int, { description: 'Rounds, 1 to the number of mentors (at most 50)' })
  @IsInt({ message: 'must be a whole number from 1 to 50' })
  @Min(1, { message: 'must be a whole number from 1 to 50' })
  @Max(50, { message: 'must be a whole number from 1 to 50' })
  rounds!: number;

  @Field(() => Int, { nullable: true, description: 'Participants a mentor talks to at once (default 1)' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 1 to 10' })
  @Min(1, { message: 'must be a whole number from 1 to 10' })
  @Max(10, { message: 'must be a whole number from 1 to 10' })
  capacityPerRound?: number;

  @Field({ nullable: true, description: 'Mentor mixer: favour pairs from different departments' })
  @IsOptional()
  @IsBoolean()
  mixer?: boolean;
}

@InputType()
export class MarkMeetAgainInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a rotation plan id' })
  planId!: string;

  @Field(() => [ID], { description: 'People you met in the event and would like to meet again' })
  @ArrayMinSize(1, { message: 'must name at least one person' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  employeeIds!: string[];
}
