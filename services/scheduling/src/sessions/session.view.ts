import { ParticipantRoleEnum } from './dto/participant-role.enum';
import { SessionStatusEnum } from './dto/session-status.enum';
import { SessionModel } from './session.model';
import { SessionRecord } from './session.record';

/** The GraphQL shape of a stored session. */
export function toSessionModel({ session, participants }: SessionRecord): SessionModel {
  return {
    id: session.id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    status: session.status as SessionStatusEnum,
    format: session.format,
    agenda: session.agenda,
    participantIds: participants.map((p) => p.employeeId),
    participants: participants.map((p) => ({
      employeeId: p.employeeId,
      role: p.role as ParticipantRoleEnum,
    })),
    timeZone: session.timeZone,
    location: session.location,
    videoUrl: session.videoUrl,
    threadUrl: session.threadUrl,
    matchId: session.matchId,
    speedEventId: session.speedEventId,
    seriesId: session.seriesId,
    seriesIndex: session.seriesIndex,
    sequence: session.sequence,
    cancellationReason: session.cancelReason,
    absentees: session.absentees,
  };
}
