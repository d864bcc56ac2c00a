import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CohortRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(CohortRunStatus, { name: 'CohortRunStatus' });

@ObjectType({ description: 'One pair of the assignment and why it is there' })
export class CohortAssignmentModel {
  @Field(() => ID)
  menteeId!: string;

  @Field(() => ID)
  mentorId!: string;

  @Field(() => Float, { description: 'Pair score from the recommendation scoring, in [0, 1]' })
  score!: number;

  @Field()
  isPinned!: boolean;

  @Field(() => Int, { description: "1 = the mentee's best-scoring eligible mentor" })
  choiceRank!: number;

  @Field(() => Int)
  eligibleMentorCount!: number;

  @Field({ description: 'Why the optimal assignment chose this pair' })
  explanation!: string;

  @Field(() => [String], { description: 'The strongest parts of the pair score, in words' })
  reasons!: string[];
}

@ObjectType({ description: 'How many of the mentors a hard rule excluded for a mentee' })
export class CohortExclusionModel {
  @Field({ description: 'SELF, INACTIVE, PAUSED, OVER_CAPACITY, MANAGER_CHAIN, FORBIDDEN, …' })
  reason!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A mentee the run could not place, and why' })
export class CohortUnplacedModel {
  @Field(() => ID)
  menteeId!: string;

  @Field({ description: 'NO_ELIGIBLE_MENTOR or CAPACITY_EXHAUSTED' })
  reason!: string;

  @Field()
  explanation!: string;

  @Field(() => [CohortExclusionModel])
  exclusions!: CohortExclusionModel[];
}

@ObjectType({ description: 'The optimal assignment, with the greedy baseline for comparison' })
export class CohortRunResultModel {
  @Field(() => [CohortAssignmentModel])
  assignments!: CohortAssignmentModel[];

  @Field(() => [CohortUnplacedModel])
  unplaced!: CohortUnplacedModel[];

  @Field(() => Int)
  placedCount!: number;

  @Field(() => Float)
  totalScore!: number;

  @Field(() => Int, { description: 'Mentees a greedy assignment would place' })
  greedyPlacedCount!: number;

  @Field(() => Float, { description: 'Total score a greedy assignment would reach' })
  greedyTotalScore!: number;

  @Field(() => Int)
  eligiblePairs!: number;
}

@ObjectType({ description: 'Why a run failed' })
export class CohortRunErrorModel {
  @Field({ description: 'Stable code, e.g. MATCHING.NO_FEASIBLE_PAIRS' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, if any' })
  field!: string | null;

  @Field()
  message!: string;
}

@ObjectType('CohortRun', {
  description: 'A cohort assignment run for a program (a job that survives restarts)',
})
export class CohortRunModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CohortRunStatus)
  status!: CohortRunStatus;

  @Field(() => Int, { description: '0 to 100' })
  progress!: number;

  @Field({ description: 'What the job is doing, e.g. "scoring pairs"' })
  phase!: string;

  @Field(() => CohortRunResultModel, { nullable: true, description: 'Set once SUCCEEDED' })
  result!: CohortRunResultModel | null;

  @Field(() => CohortRunErrorModel, { nullable: true, description: 'Set once FAILED' })
  error!: CohortRunErrorModel | null;

  @Field(() => Date, { nullable: true, description: 'ISO 8601 UTC' })
  approvedAt!: Date | null;

  @Field({ description: 'ISO 8601 UTC' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'ISO 8601 UTC' })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'An approved run and the matches it created (proposed, then accepted)' })
export class ApproveCohortRunPayload {
  @Field(() => CohortRunModel)
  run!: CohortRunModel;

  @Field(() => [ID])
  matchIds!: string[];
}
