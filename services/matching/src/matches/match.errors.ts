import { DomainError } from '@mentormesh/graphql';
import type { MatchStatus } from './domain/match-status';

/** Also what someone hears about a match that is not theirs, so others' matches are not revealed. */
export class UnknownMatchError extends DomainError {
  readonly code = 'MATCHING.UNKNOWN_MATCH';
  readonly kind = 'NOT_FOUND';
  constructor() {
    super('matchId: no match of yours has this id', 'matchId');
  }
}

export class MatchNotOpenError extends DomainError {
  readonly code = 'MATCHING.MATCH_NOT_OPEN';
  readonly kind = 'CONFLICT';
  constructor(status: MatchStatus, wanted: MatchStatus) {
    super(`matchId: a ${status} match cannot become ${wanted}`, 'matchId');
  }
}
