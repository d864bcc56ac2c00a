import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One mentor and the participants at their table in a round' })
export class RotationTableModel {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => [ID])
  participantIds!: string[];

  @Field(() => Float, { description: 'Total fit of the meetings at this table (incl. mixer bonus)' })
  fit!: number;

  @Field(() => Int, { description: 'Meetings at this table across departments' })
  crossDepartmentMeetings!: number;
}

@ObjectType()
export class RotationRoundModel {
  @Field(() => Int, { description: '1-based' })
  round!: number;

  @Field(() => [RotationTableModel])
  tables!: RotationTableModel[];

  @Field(() => [ID], { description: 'Participants without a mentor this round' })
  sittingOut!: string[];
}

@ObjectType({ description: 'Quality figures of a rotation plan' })
export class RotationQualityModel {
  @Field(() => Float)
  totalFit!: number;

  @Field(() => Int)
  meetingCount!: number;

  @Field(() => Int)
  crossDepartmentMeetings!: number;

  @Field(() => Int, { description: 'Fewest rounds any participant sat out' })
  minSitOuts!: number;

  @Field(() => Int, { description: 'Most rounds any participant sat out' })
  maxSitOuts!: number;
}

@ObjectType('RotationPlan', {
  description: 'Who meets whom in which round of a speed-mentoring event or mixer',
})
export class RotationPlanModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'GLOBAL_OPTIMUM or PER_ROUND' })
  strategy!: string;

  @Field()
  isMixer!: boolean;

  @Field(() => [ID])
  mentorIds!: string[];

  @Field(() => [ID])
  participantIds!: string[];

  @Field(() => [RotationRoundModel])
  rounds!: RotationRoundModel[];

  @Field(() => RotationQualityModel)
  quality!: RotationQualityModel;

  @Field(() => RotationQualityModel, { description: 'The same event planned by simple round-robin' })
  roundRobin!: RotationQualityModel;

  @Field({ description: 'ISO 8601 UTC' })
  createdAt!: Date;
}

@ObjectType()
export class MarkMeetAgainPayload {
  @Field(() => [ID], { description: 'Everyone you have chosen in this event so far' })
  chosenIds!: string[];

  @Field(() => [ID], { description: 'Matches proposed now because the choice was mutual' })
  proposedMatchIds!: string[];
}
