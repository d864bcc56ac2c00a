import { EntityManager } from 'typeorm';
import { ParticipantBuffers, participantBlockedRanges } from './domain';
import { ParticipantSpan, SessionParticipantRecord } from './session.record';

/**
 * Where booking learns each participant's buffers before/after sessions. The availability feature provides
 * it (as a global provider of this token); without one, sessions block exactly their own time.
 */
export interface ParticipantBufferSource {
  buffersFor(
    manager: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
  ): Promise<ParticipantBuffers[]>;
}

export const PARTICIPANT_BUFFERS = Symbol('PARTICIPANT_BUFFERS');

/** Each participant's blocked range for a session, as the exclusion constraint stores it. */
export function participantSpans(
  start: Date,
  end: Date,
  participants: readonly SessionParticipantRecord[],
  buffers: readonly ParticipantBuffers[],
): ParticipantSpan[] {
  const withBuffers = participants.map(
    (p) =>
      buffers.find((b) => b.employeeId === p.employeeId) ?? {
        employeeId: p.employeeId,
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
      },
  );
  const ranges = participantBlockedRanges(
    { start: start.toISOString(), end: end.toISOString() },
    withBuffers,
  );
  return participants.map((p) => ({
    ...p,
    during: ranges.find((r) => r.employeeId === p.employeeId)!.range.tstzrange,
  }));
}
