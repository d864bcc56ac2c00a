import { roomOf, roundWindow } from './lay-out-rounds';
import { Pairing, Roster, RoundTiming } from './speed-event.types';

export interface ReplanInput {
  /** The event's live pairings. */
  readonly pairings: readonly Pairing[];
  readonly roster: Roster;
  readonly timing: RoundTiming;
  readonly roundCount: number;
  /** People who will not take part any more (mentors or participants). */
  readonly absent: readonly string[];
  /** Late joiners (participants). */
  readonly added: readonly string[];
  /** Epoch ms: only rounds starting after this change. */
  readonly now: number;
}

export interface ReplanResult {
  /** Live pairings to cancel. */
  readonly drop: readonly Pairing[];
  /** Pairings to book. */
  readonly add: readonly Pairing[];
  /** Participants after the change (roster + added − absent). */
  readonly participantIds: readonly string[];
}

/**
 * Re-plans the rounds that have not started: pairings with an absent mentor are dropped; absent participants
 * leave their group (the rest of the group keeps meeting the mentor); then every mentor left without a group
 * in a round gets one participant free in that round whom they have not met yet, preferring whoever has had
 * the fewest meetings. Started and past rounds stay as they are.
 */
export function replanRounds(input: ReplanInput): ReplanResult {
  const absent = new Set(input.absent);
  const participants = unique([...input.roster.participantIds, ...input.added]).filter(
    (id) => !absent.has(id),
  );
  const future = input.pairings.filter((p) => p.start > input.now);
  const drop = future.filter((p) => absent.has(p.mentorId) || p.participantIds.some((id) => absent.has(id)));
  const regrouped = drop
    .filter((p) => !absent.has(p.mentorId))
    .map((p) => ({ ...p, participantIds: p.participantIds.filter((id) => !absent.has(id)) }))
    .filter((p) => p.participantIds.length > 0);
  const kept = input.pairings.filter((p) => !drop.includes(p));
  const meetings = new Meetings([...kept, ...regrouped]);
  const add: Pairing[] = [...regrouped];
  const firstFuture = firstRoundAfter(input.timing, input.roundCount, input.now);
  for (let round = firstFuture; round <= input.roundCount; round++) {
    const inRound = [...kept, ...add].filter((p) => p.round === round);
    const busy = new Set(inRound.flatMap((p) => [p.mentorId, ...p.participantIds]));
    const window = roundWindow(input.timing, round);
    for (const mentorId of input.roster.mentorIds) {
      if (absent.has(mentorId) || busy.has(mentorId)) continue;
      const partner = meetings.bestPartner(
        mentorId,
        participants.filter((id) => !busy.has(id)),
      );
      if (partner === null) continue;
      const pairing = {
        round,
        mentorId,
        participantIds: [partner],
        ...window,
        room: roomOf(input.roster, mentorId),
      };
      add.push(pairing);
      meetings.record(pairing);
      busy.add(mentorId).add(partner);
    }
  }
  return { drop, add, participantIds: participants };
}

function firstRoundAfter(timing: RoundTiming, roundCount: number, now: number): number {
  for (let round = 1; round <= roundCount; round++) {
    if (roundWindow(timing, round).start > now) return round;
  }
  return roundCount + 1;
}

/** Who met whom, and how many meetings each participant has had. */
class Meetings {
  private readonly met = new Set<string>();
  private readonly counts = new Map<string, number>();

  constructor(pairings: readonly Pairing[]) {
    pairings.forEach((p) => this.record(p));
  }

  record(pairing: Pairing): void {
    for (const id of pairing.participantIds) {
      this.met.add(`${pairing.mentorId}|${id}`);
      this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    }
  }

  bestPartner(mentorId: string, candidates: readonly string[]): string | null {
    const unmet = candidates.filter((id) => !this.met.has(`${mentorId}|${id}`));
    if (unmet.length === 0) return null;
    return unmet.reduce((best, id) =>
      (this.counts.get(id) ?? 0) < (this.counts.get(best) ?? 0) ? id : best,
    );
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
