import { SessionSnapshot } from '@mentormesh/contracts';
import { SessionRecord } from './session.record';

/** What other services learn about a session: scheduling's event-carried state (no agenda). */
export function toSessionSnapshot({ session, participants }: SessionRecord): SessionSnapshot {
  return {
    id: session.id,
    status: session.status,
    format: session.format,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    createdBy: session.createdBy,
    participants: participants.map((p) => ({ employeeId: p.employeeId, role: p.role })),
    matchId: session.matchId,
    speedEventId: session.speedEventId,
  };
}
