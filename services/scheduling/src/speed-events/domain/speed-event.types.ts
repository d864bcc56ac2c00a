/** One round of a rotation plan, as matching publishes it. */
export interface PlanRound {
  readonly round: number;
  readonly pairs: readonly { readonly mentorId: string; readonly participantIds: readonly string[] }[];
  readonly sittingOut: readonly string[];
}

/** How rounds are laid out in time: round i (1-based) starts at `startsAt + (i − 1) × (round + break)`. */
export interface RoundTiming {
  /** Epoch milliseconds of the first round's start. */
  readonly startsAt: number;
  readonly roundMinutes: number;
  readonly breakMinutes: number;
}

/** One meeting of a mentor with their group in one round. */
export interface Pairing {
  readonly round: number;
  readonly mentorId: string;
  readonly participantIds: readonly string[];
  /** Epoch milliseconds, half-open [start, end). */
  readonly start: number;
  readonly end: number;
  /** Table or room (in person), or null. */
  readonly room: string | null;
}

/** The event's people: mentors keep their table, participants rotate. */
export interface Roster {
  readonly mentorIds: readonly string[];
  readonly participantIds: readonly string[];
  /** Rooms by mentor position (mentorIds[i] sits in rooms[i]); empty when not in person. */
  readonly rooms: readonly string[];
}
