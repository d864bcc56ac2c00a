import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Badge', { description: 'An award for a mentoring milestone (no badge rules yet)' })
export class BadgeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'ISO 8601 UTC' })
  awardedAt!: Date;
}
