import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ParticipantRoleEnum } from './participant-role.enum';

@ObjectType('SessionParticipant')
export class SessionParticipantModel {
  @Field(() => ID)
  employeeId!: string;

  @Field(() => ParticipantRoleEnum)
  role!: ParticipantRoleEnum;
}
