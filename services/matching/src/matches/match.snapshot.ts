import type { MatchSnapshot } from '@mentormesh/contracts';
import type { MatchStatus } from './domain/match-status';
import type { MatchEntity } from './match.entity';

export const MATCH_EVENT_TYPE = {
  PROPOSED: 'match.proposed',
  ACCEPTED: 'match.accepted',
  DECLINED: 'match.declined',
  EXPIRED: 'match.expired',
  WITHDRAWN: 'match.withdrawn',
} as const satisfies Record<MatchStatus, string>;

/** The event-carried state of a match (no question text: that stays in matching). */
export function toMatchSnapshot(match: MatchEntity): MatchSnapshot {
  return {
    id: match.id,
    requestId: match.requestId,
    programRunId: match.programRunId,
    menteeId: match.menteeId,
    mentorId: match.mentorId,
    status: match.status,
    score: match.score,
    format: match.format,
    lengthMinutes: match.lengthMinutes,
    reason: match.reason,
    respondBy: match.respondBy ? match.respondBy.toISOString() : null,
  };
}
