export type MatchStatus = 'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN';

/** Matches that still tie up a mentor: proposed and not answered, or accepted. */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = ['PROPOSED', 'ACCEPTED'];

/** Which status a match may move to from which; everything else is final. */
const TRANSITIONS: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = {
  PROPOSED: ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'],
  ACCEPTED: ['WITHDRAWN'],
  DECLINED: [],
  EXPIRED: [],
  WITHDRAWN: [],
};

export function canMoveMatch(from: MatchStatus, to: MatchStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
