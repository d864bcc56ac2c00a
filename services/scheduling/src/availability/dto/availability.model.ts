import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OverrideKind } from './date-override.input';

@ObjectType('WeeklyAvailabilityRule')
export class WeeklyRuleModel {
  @Field(() => [Int])
  weekdays!: number[];

  @Field()
  start!: string;

  @Field()
  end!: string;
}

@ObjectType('LocalTimeRange')
export class LocalTimeRangeModel {
  @Field()
  start!: string;

  @Field()
  end!: string;
}

@ObjectType('AvailabilityOverride')
export class DateOverrideModel {
  @Field()
  date!: string;

  @Field(() => OverrideKind)
  kind!: OverrideKind;

  @Field(() => [LocalTimeRangeModel])
  ranges!: LocalTimeRangeModel[];
}

@ObjectType('TimeOff')
export class TimeOffModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ISO 8601 UTC' })
  start!: Date;

  @Field({ description: 'ISO 8601 UTC' })
  end!: Date;
}

@ObjectType('CalendarFeedStatus', { description: 'Your calendar feed; the URL itself is never shown' })
export class CalendarFeedStatusModel {
  @Field({ description: 'pending, ok, refused or unavailable' })
  lastStatus!: string;

  @Field(() => Date, { nullable: true })
  lastFetchedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last fetch failed (no URL parts)' })
  lastError!: string | null;
}

@ObjectType('Availability', { description: 'When an employee can be booked' })
export class AvailabilityModel {
  @Field(() => ID)
  employeeId!: string;

  @Field()
  timeZone!: string;

  @Field(() => [WeeklyRuleModel])
  weekly!: WeeklyRuleModel[];

  @Field(() => [DateOverrideModel])
  overrides!: DateOverrideModel[];

  @Field(() => [TimeOffModel])
  timeOff!: TimeOffModel[];

  @Field(() => Int)
  bufferBeforeMinutes!: number;

  @Field(() => Int)
  bufferAfterMinutes!: number;

  @Field(() => Int)
  minimumNoticeMinutes!: number;

  @Field(() => Int)
  horizonDays!: number;

  @Field(() => Int, { nullable: true })
  maxSessionsPerDay!: number | null;

  @Field(() => Int, { nullable: true })
  maxSessionsPerWeek!: number | null;

  @Field(() => [Int])
  sessionLengths!: number[];

  @Field(() => Int)
  slotGranularityMinutes!: number;

  @Field(() => CalendarFeedStatusModel, { nullable: true })
  calendarFeed!: CalendarFeedStatusModel | null;
}
