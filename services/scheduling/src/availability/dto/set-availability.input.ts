import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WeeklyRuleInput } from './weekly-rule.input';

@InputType({ description: 'Replaces the availability settings and weekly rules of one employee' })
export class SetAvailabilityInput {
  @Field(() => ID, { nullable: true, description: 'Whose availability; default you (others: ORG_ADMIN)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an employee id' })
  employeeId?: string;

  @Field({ description: 'IANA time zone the rules are written in, e.g. Europe/Berlin' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => [WeeklyRuleInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyRuleInput)
  weekly!: WeeklyRuleInput[];

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(240)
  bufferBeforeMinutes!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(240)
  bufferAfterMinutes!: number;

  @Field(() => Int, { defaultValue: 60, description: 'Slots start at least this long from now' })
  @IsInt()
  @Min(0)
  @Max(43_200)
  minimumNoticeMinutes!: number;

  @Field(() => Int, { defaultValue: 60, description: 'How many days ahead one can book' })
  @IsInt()
  @Min(1)
  @Max(365)
  horizonDays!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxSessionsPerDay?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  maxSessionsPerWeek?: number | null;

  @Field(() => [Int], { description: 'Session lengths offered, minutes (5–60); empty = any' })
  @ArrayMaxSize(12)
  @ArrayUnique({ message: 'must not repeat a length' })
  @IsInt({ each: true })
  @Min(5, { each: true, message: 'lengths are 5 to 60 minutes' })
  @Max(60, { each: true, message: 'lengths are 5 to 60 minutes' })
  sessionLengths!: number[];

  @Field(() => Int, { defaultValue: 15, description: 'Slot starts align to this many minutes' })
  @IsInt()
  @Min(5)
  @Max(60)
  slotGranularityMinutes!: number;
}
