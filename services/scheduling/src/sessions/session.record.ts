import type { ParticipantRole } from './domain';
import { SessionEntity } from './session.entity';

export interface SessionParticipantRecord {
  readonly employeeId: string;
  readonly role: ParticipantRole;
}

/** A session as the repository loads it: the row and who takes part. */
export interface SessionRecord {
  readonly session: SessionEntity;
  readonly participants: readonly SessionParticipantRecord[];
}
