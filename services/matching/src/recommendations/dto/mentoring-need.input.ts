import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MentoringFormat } from '../../matches/match.model';

export enum RequestMode {
  SCHEDULED = 'SCHEDULED',
  ASK_NOW = 'ASK_NOW',
}
registerEnumType(RequestMode, {
  name: 'RequestMode',
  description: 'SCHEDULED: a slot inside the window. ASK_NOW: 5-15 minutes with someone free in the next 30',
});

@InputType()
export class RequestedSkillInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a skill id from the catalog' })
  skillId!: string;

  @Field(() => Int, { nullable: true, description: 'Wanted level 1-5 (default 1: any)' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  minLevel?: number;
}

/** What a mentee needs: the free-text question and/or skills and topics, and the practicalities. */
@InputType()
export class MentoringNeedInput {
  @Field({ nullable: true, description: 'The question in your own words (up to 2000 characters)' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  question?: string;

  @Field(() => [RequestedSkillInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RequestedSkillInput)
  skills?: RequestedSkillInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  topics?: string[];

  @Field(() => MentoringFormat, { defaultValue: MentoringFormat.VIDEO_CALL })
  @IsEnum(MentoringFormat)
  format: MentoringFormat = MentoringFormat.VIDEO_CALL;

  @Field(() => Int, { defaultValue: 30, description: 'Minutes, 5 to 60 (ASK_NOW: 5 to 15)' })
  @IsInt({ message: 'must be whole minutes from 5 to 60' })
  @Min(5, { message: 'must be whole minutes from 5 to 60' })
  @Max(60, { message: 'must be whole minutes from 5 to 60' })
  lengthMinutes = 30;

  @Field({ nullable: true, description: 'Required conversation language (e.g. en)' })
  @IsOptional()
  @IsString()
  @Length(2, 10)
  language?: string;

  @Field(() => Date, { nullable: true, description: 'Earliest start (default: now)' })
  @IsOptional()
  @IsDate()
  windowStart?: Date;

  @Field(() => Date, { nullable: true, description: 'Latest end (default: a week from now)' })
  @IsOptional()
  @IsDate()
  windowEnd?: Date;

  @Field(() => RequestMode, { defaultValue: RequestMode.SCHEDULED })
  @IsEnum(RequestMode)
  mode: RequestMode = RequestMode.SCHEDULED;

  @Field({ nullable: true, description: "Prefer another department's view" })
  @IsOptional()
  @IsBoolean()
  preferCrossDepartment?: boolean;

  @Field({ nullable: true, description: 'Never propose my own managers' })
  @IsOptional()
  @IsBoolean()
  excludeManagerChain?: boolean;
}
