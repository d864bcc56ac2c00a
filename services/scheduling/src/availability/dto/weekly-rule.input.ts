import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, Matches, Max, Min } from 'class-validator';

export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

@InputType({ description: 'A weekly recurring window on the owner’s local clock, e.g. Tue/Thu 14:00–16:00' })
export class WeeklyRuleInput {
  @Field(() => [Int], { description: 'ISO weekdays: 1 = Monday … 7 = Sunday' })
  @ArrayMinSize(1, { message: 'must name at least one weekday' })
  @ArrayMaxSize(7)
  @ArrayUnique({ message: 'must not repeat a weekday' })
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'weekdays are 1 (Monday) to 7 (Sunday)' })
  @Max(7, { each: true, message: 'weekdays are 1 (Monday) to 7 (Sunday)' })
  weekdays!: number[];

  @Field({ description: 'HH:mm' })
  @Matches(LOCAL_TIME, { message: 'must be HH:mm' })
  start!: string;

  @Field({ description: 'HH:mm, after start (24:00 = midnight)' })
  @Matches(LOCAL_TIME, { message: 'must be HH:mm' })
  end!: string;
}
