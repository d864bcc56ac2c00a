import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MentoringFormat } from '../matches/match.model';

@ObjectType('ProfileSkill', { description: 'A skill with a level 1-5 (from HR or declared on the profile)' })
export class ProfileSkillModel {
  @Field(() => ID)
  skillId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  level!: number;
}

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

  @Field(() => [ProfileSkillModel], { description: 'HR skills merged with declared expertise (best level)' })
  skills!: ProfileSkillModel[];

  @Field(() => [String])
  interests!: string[];

  @Field(() => [String], { description: 'Goals as a mentee' })
  goals!: string[];

  @Field(() => [MentoringFormat])
  formats!: string[];

  @Field(() => [Int], { description: 'Session lengths offered, in minutes' })
  sessionLengths!: number[];

  @Field(() => Int)
  capacityPerWeek!: number;

  @Field(() => Int)
  maxOpenMentees!: number;

  @Field(() => [String])
  languages!: string[];

  @Field(() => String, { nullable: true })
  officeLocation!: string | null;

  @Field(() => [String])
  helpDepartments!: string[];

  @Field(() => Date, { nullable: true })
  pausedUntil!: Date | null;

  @Field()
  availableNow!: boolean;

  @Field({
    description: 'PENDING, VETTED or REJECTED (enforced only when the organization requires vetting)',
  })
  vettingStatus!: string;
}
