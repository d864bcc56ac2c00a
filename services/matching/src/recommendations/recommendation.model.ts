import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ScoreBreakdownModel } from '../matches/match.model';
import { EmployeeStub } from '../mentor-profiles/employee.stub';

@ObjectType('RecommendedMentor')
export class RecommendedMentorModel {
  @Field(() => EmployeeStub)
  mentor!: EmployeeStub;

  @Field(() => ID)
  mentorId!: string;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float, { description: '0 to 1; the breakdown contributions sum to it' })
  score!: number;

  @Field(() => [ScoreBreakdownModel])
  breakdown!: ScoreBreakdownModel[];

  @Field({ description: 'The strongest reasons, in words' })
  summary!: string;
}

@ObjectType('UnderstoodSkill', { description: 'A catalog skill found in the question' })
export class UnderstoodSkillModel {
  @Field(() => ID)
  skillId!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  confidence!: number;
}

@ObjectType('MentorRecommendations')
export class RecommendationsModel {
  @Field(() => [RecommendedMentorModel])
  mentors!: RecommendedMentorModel[];

  @Field(() => [UnderstoodSkillModel], { description: 'Skills understood from the question' })
  understoodSkills!: UnderstoodSkillModel[];

  @Field(() => [String], { description: 'Topics understood from the question' })
  understoodTopics!: string[];
}
