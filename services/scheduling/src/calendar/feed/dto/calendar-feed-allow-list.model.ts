import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeedAllowList', { description: 'Private hosts the calendar-feed fetcher may reach' })
export class CalendarFeedAllowListModel {
  @Field(() => [String])
  hosts!: string[];

  @Field(() => [String], { description: 'IP addresses or CIDR blocks' })
  addresses!: string[];
}
