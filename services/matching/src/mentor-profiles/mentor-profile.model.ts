import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MentorProfile', { description: "An employee's mentoring side: what they offer and how much" })
export class MentorProfileModel {
  @Field()
  isMentor!: boolean;

  @Field()
  bio!: string;

  @Field(() => [String])
  topics!: string[];

  @Field(() => [String], { description: 'Skills known from the HR system, with levels 1-5' })
  expertise!: string[];

  @Field(() => [String])
  formats!: string[];

  @Field(() => [Int], { description: 'Session lengths offered, in minutes' })
  sessionLengths!: number[];

  @Field(() => Int)
  capacityPerWeek!: number;

  @Field()
  availableNow!: boolean;
}
