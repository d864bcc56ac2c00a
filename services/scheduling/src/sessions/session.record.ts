import type { ParticipantRole } from './domain';
import { SessionEntity } from './session.entity';

export interface SessionParticipantRecord {
  readonly employeeId: string;
  readonly role: ParticipantRole;
}

/** A participant with the time the session blocks for them (buffers included), as a tstzrange literal. */
export interface ParticipantSpan extends SessionParticipantRecord {
  readonly during: string;
}

/** A session as the repository loads it: the row and who takes part. */
export interface SessionRecord {
  readonly session: SessionEntity;
  readonly participants: readonly SessionParticipantRecord[];
}

/** A booked busy range of one participant (live sessions only, buffers included). */
export interface BusyRange {
  readonly employeeId: string;
  readonly sessionId: string;
  readonly start: Date;
  readonly end: Date;
}
