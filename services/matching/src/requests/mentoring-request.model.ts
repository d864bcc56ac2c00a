import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@mentormesh/graphql';
import { MatchModel, MentoringFormat } from '../matches/match.model';
import { RequestMode } from '../recommendations/dto/mentoring-need.input';

@ObjectType('MentoringRequest', { description: 'What a mentee asked for, and the matches it led to' })
export class MentoringRequestModel {
  @Field(() => ID)
  id!: string;

  @Field()
  question!: string;

  @Field(() => [String])
  topics!: string[];

  @Field(() => MentoringFormat)
  format!: string;

  @Field(() => Int)
  lengthMinutes!: number;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field()
  windowStart!: Date;

  @Field()
  windowEnd!: Date;

  @Field(() => RequestMode)
  mode!: string;

  @Field()
  isSeries!: boolean;

  @Field(() => Int)
  perspectives!: number;

  @Field({ description: 'OPEN or WITHDRAWN' })
  status!: string;

  @Field(() => [MatchModel], { description: 'Every match proposed for it, oldest first' })
  matches!: MatchModel[];

  @Field()
  createdAt!: Date;
}

export const MentoringRequestConnection = connectionOf(MentoringRequestModel, 'MentoringRequest');
export const MatchConnection = connectionOf(MatchModel, 'Match');
