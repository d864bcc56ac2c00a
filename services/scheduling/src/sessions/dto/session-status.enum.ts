import { registerEnumType } from '@nestjs/graphql';

/** GraphQL names for the lifecycle states of sessions/domain (stored in its lowercase vocabulary). */
export enum SessionStatusEnum {
  REQUESTED = 'requested',
  CONFIRMED = 'confirmed',
  RESCHEDULED = 'rescheduled',
  CANCELLED = 'cancelled',
  COMPLETED = 'completed',
  NO_SHOW = 'no_show',
}

registerEnumType(SessionStatusEnum, { name: 'SessionStatus' });
