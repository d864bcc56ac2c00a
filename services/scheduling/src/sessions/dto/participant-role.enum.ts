import { registerEnumType } from '@nestjs/graphql';

/** A participant's part in a session (stored in the lowercase vocabulary of sessions/domain). */
export enum ParticipantRoleEnum {
  MENTOR = 'mentor',
  MENTEE = 'mentee',
}

registerEnumType(ParticipantRoleEnum, { name: 'ParticipantRole' });
