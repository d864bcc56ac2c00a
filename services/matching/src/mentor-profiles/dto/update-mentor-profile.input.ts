import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
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
import { MENTORING_FORMATS, MentoringFormat } from '../../matches/match.model';

@InputType()
export class DeclaredSkillInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a skill id from the catalog' })
  skillId!: string;

  @Field(() => Int, { description: '1 (novice) to 5 (expert)' })
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  level!: number;
}

/** Only the fields given change; the rest keep their value (or the default for a new profile). */
@InputType()
export class UpdateMentorProfileInput {
  @Field({ nullable: true, description: 'Opt in (or out) as a mentor' })
  @IsOptional()
  @IsBoolean()
  isMentor?: boolean;

  @Field({ nullable: true, description: 'Up to 2000 characters' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  bio?: string;

  @Field(() => [DeclaredSkillInput], { nullable: true, description: 'Expertise beyond what HR knows' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeclaredSkillInput)
  expertise?: DeclaredSkillInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  topics?: string[];

  @Field(() => [String], { nullable: true, description: 'What the employee likes to talk about or learn' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  interests?: string[];

  @Field(() => [String], { nullable: true, description: 'Goals as a mentee' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  goals?: string[];

  @Field(() => [MentoringFormat], { nullable: true })
  @IsOptional()
  @IsIn(MENTORING_FORMATS, { each: true })
  formats?: MentoringFormat[];

  @Field(() => [Int], { nullable: true, description: 'Session lengths offered, 5 to 60 minutes' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsInt({ each: true, message: 'must be whole minutes from 5 to 60' })
  @Min(5, { each: true, message: 'must be whole minutes from 5 to 60' })
  @Max(60, { each: true, message: 'must be whole minutes from 5 to 60' })
  sessionLengths?: number[];

  @Field(() => Int, { nullable: true, description: 'Sessions per week, 0 to 40' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 0 to 40' })
  @Min(0, { message: 'must be a whole number from 0 to 40' })
  @Max(40, { message: 'must be a whole number from 0 to 40' })
  capacityPerWeek?: number;

  @Field(() => Int, { nullable: true, description: 'Mentees open at once, 0 to 20' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 0 to 20' })
  @Min(0, { message: 'must be a whole number from 0 to 20' })
  @Max(20, { message: 'must be a whole number from 0 to 20' })
  maxOpenMentees?: number;

  @Field(() => [String], { nullable: true, description: 'Language tags (e.g. en, de); default: from HR' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(2, 10, { each: true })
  languages?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  officeLocation?: string;

  @Field(() => [String], { nullable: true, description: 'Departments the mentor is happy to help' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  helpDepartments?: string[];

  @Field(() => Date, {
    nullable: true,
    description: 'Paused or on vacation until (ISO instant); null to resume',
  })
  @IsOptional()
  @IsDate()
  pausedUntil?: Date | null;

  @Field({ nullable: true, description: 'The live "available now" switch for ask-now requests' })
  @IsOptional()
  @IsBoolean()
  availableNow?: boolean;
}
