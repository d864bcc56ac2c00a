import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUrl, Max, Min } from 'class-validator';

@ObjectType('SchedulingSettings', { description: "The organization's booking rules" })
export class SchedulingSettingsModel {
  @Field({ description: 'Sessions may be booked without a match' })
  directBookingAllowed!: boolean;

  @Field(() => [Int], { description: 'Reminders go out this many minutes before start' })
  reminderOffsetsMinutes!: number[];

  @Field(() => String, { nullable: true, description: 'Jitsi-style base URL for video rooms' })
  videoBaseUrl!: string | null;

  @Field(() => Int)
  cancelUntilMinutesBeforeStart!: number;

  @Field(() => Int)
  rescheduleUntilMinutesBeforeStart!: number;

  @Field()
  cancellationReasonRequired!: boolean;

  @Field(() => Int)
  autoCompleteAfterMinutes!: number;
}

@InputType()
export class UpdateSchedulingSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  directBookingAllowed?: boolean;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'must be at least 1 minute' })
  @Max(20160, { each: true, message: 'must be at most 14 days' })
  reminderOffsetsMinutes?: number[];

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https URL' })
  videoBaseUrl?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10080)
  cancelUntilMinutesBeforeStart?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10080)
  rescheduleUntilMinutesBeforeStart?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  cancellationReasonRequired?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10080)
  autoCompleteAfterMinutes?: number;
}
