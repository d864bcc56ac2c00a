import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { MENTORING_FORMATS, MentoringFormat } from '../../matches/match.model';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const COHORT_LIMITS = Object.freeze({ maxMentees: 5_000, maxMentors: 2_000, maxCapacity: 50 });

@InputType()
export class CohortMentorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an employee id' })
  mentorId!: string;

  @Field(() => Int, { description: 'Mentees this mentor takes in the program (0 to 50)' })
  @IsInt({ message: 'must be a whole number from 0 to 50' })
  @Min(0, { message: 'must be a whole number from 0 to 50' })
  @Max(COHORT_LIMITS.maxCapacity, { message: 'must be a whole number from 0 to 50' })
  capacity!: number;
}

@InputType()
export class CohortPairInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an employee id' })
  menteeId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an employee id' })
  mentorId!: string;
}

@InputType()
export class StartCohortRunInput {
  @Field({ description: 'The program, e.g. "Leadership cohort Q3"' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one mentee' })
  @ArrayMaxSize(COHORT_LIMITS.maxMentees)
  @IsUUID('all', { each: true, message: 'must be employee ids' })
  menteeIds!: string[];

  @Field(() => [CohortMentorInput])
  @ArrayMinSize(1, { message: 'must name at least one mentor' })
  @ArrayMaxSize(COHORT_LIMITS.maxMentors)
  @ValidateNested({ each: true })
  @Type(() => CohortMentorInput)
  mentors!: CohortMentorInput[];

  @Field(() => [CohortPairInput], { nullable: true, description: 'Pairs that must be in the result' })
  @IsOptional()
  @ArrayMaxSize(COHORT_LIMITS.maxMentees)
  @ValidateNested({ each: true })
  @Type(() => CohortPairInput)
  pins?: CohortPairInput[];

  @Field(() => [CohortPairInput], { nullable: true, description: 'Pairs that must not be in the result' })
  @IsOptional()
  @ArrayMaxSize(100_000)
  @ValidateNested({ each: true })
  @Type(() => CohortPairInput)
  forbids?: CohortPairInput[];

  @Field(() => [ID], { nullable: true, description: "Skills of the program's theme (catalog ids)" })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  focusSkillIds?: string[];

  @Field(() => [String], { nullable: true, description: "Topics of the program's theme" })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  focusTopics?: string[];

  @Field(() => MentoringFormat, { nullable: true, description: 'Format of the matches (default VIDEO_CALL)' })
  @IsOptional()
  @IsIn(MENTORING_FORMATS, { message: `must be one of ${MENTORING_FORMATS.join(', ')}` })
  format?: MentoringFormat;

  @Field(() => Int, { nullable: true, description: 'Minutes per session, 5 to 60 (default 30)' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 5 to 60' })
  @Min(5, { message: 'must be a whole number from 5 to 60' })
  @Max(60, { message: 'must be a whole number from 5 to 60' })
  lengthMinutes?: number;
}

@InputType()
export class RerunCohortRunInput {
  @Field(() => ID, { description: 'The run to repeat with other pins and forbids' })
  @IsUUID('all', { message: 'must be a cohort run id' })
  runId!: string;

  @Field(() => [CohortPairInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(COHORT_LIMITS.maxMentees)
  @ValidateNested({ each: true })
  @Type(() => CohortPairInput)
  pins?: CohortPairInput[];

  @Field(() => [CohortPairInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100_000)
  @ValidateNested({ each: true })
  @Type(() => CohortPairInput)
  forbids?: CohortPairInput[];
}
