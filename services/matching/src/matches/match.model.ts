import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** How a conversation takes place (the contracts' mentoring formats). */
export enum MentoringFormat {
  VIDEO_CALL = 'VIDEO_CALL',
  IN_PERSON = 'IN_PERSON',
  CHAT = 'CHAT',
  ASYNC = 'ASYNC',
}
registerEnumType(MentoringFormat, { name: 'MentoringFormat' });
export const MENTORING_FORMATS = Object.values(MentoringFormat);

export enum MatchStatusValue {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MatchStatusValue, { name: 'MatchStatus' });

@ObjectType('ScoreBreakdownEntry', { description: 'One part of a score: contributions sum to the score' })
export class ScoreBreakdownModel {
  @Field({
    description: 'skill, topic, text, availability, timeZone, language, quality, load, crossDepartment',
  })
  component!: string;

  @Field(() => Float, { description: 'Effective weight for this request' })
  weight!: number;

  @Field(() => Float, { description: 'How well the mentor does on this part, 0 to 1' })
  value!: number;

  @Field(() => Float, { description: 'weight × value' })
  contribution!: number;

  @Field({ description: 'The same fact in words' })
  explanation!: string;
}

@ObjectType('Match', { description: 'A proposed pairing of a mentee and a mentor, and what became of it' })
export class MatchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  requestId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Cohort run or event the match came from' })
  programRunId!: string | null;

  @Field(() => ID)
  menteeId!: string;

  @Field(() => ID)
  mentorId!: string;

  @Field(() => MatchStatusValue)
  status!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => [ScoreBreakdownModel])
  breakdown!: ScoreBreakdownModel[];

  @Field(() => MentoringFormat)
  format!: string;

  @Field(() => Int)
  lengthMinutes!: number;

  @Field(() => String, {
    nullable: true,
    description: "The mentor's reason (DECLINED) or no_answer (EXPIRED)",
  })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: 'A PROPOSED match expires when not answered by then' })
  respondBy!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
