import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Slot', { description: 'A bookable slot, shown on the viewer’s clock' })
export class SlotModel {
  @Field({ description: 'ISO 8601 UTC' })
  start!: string;

  @Field({ description: 'ISO 8601 UTC' })
  end!: string;

  @Field({ description: 'IANA zone the local fields are in' })
  timeZone!: string;

  @Field({ description: 'ISO 8601 with the viewer’s offset' })
  localStart!: string;

  @Field()
  localEnd!: string;

  @Field({ description: 'YYYY-MM-DD on the viewer’s clock' })
  localDate!: string;

  @Field({ description: 'HH:mm' })
  startTime!: string;

  @Field({ description: 'HH:mm' })
  endTime!: string;

  @Field({ description: 'e.g. +02:00' })
  utcOffset!: string;
}
