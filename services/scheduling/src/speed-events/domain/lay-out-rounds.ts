import { Pairing, PlanRound, Roster, RoundTiming } from './speed-event.types';

const MINUTE_MS = 60_000;

/** Start and end of round `round` (1-based). */
export function roundWindow(timing: RoundTiming, round: number): { start: number; end: number } {
  const start = timing.startsAt + (round - 1) * (timing.roundMinutes + timing.breakMinutes) * MINUTE_MS;
  return { start, end: start + timing.roundMinutes * MINUTE_MS };
}

/** The room of a mentor: their position in the roster picks the table (null without rooms). */
export function roomOf(roster: Roster, mentorId: string): string | null {
  const index = roster.mentorIds.indexOf(mentorId);
  return roster.rooms.length > 0 && index >= 0 ? roster.rooms[index % roster.rooms.length] : null;
}

/**
 * Lays a rotation plan out in time: rounds in plan order become consecutive rounds 1…n separated by the
 * break; every pair becomes one pairing at its mentor's table. Pairs without participants are skipped.
 */
export function layOutRounds(rounds: readonly PlanRound[], timing: RoundTiming, roster: Roster): Pairing[] {
  const ordered = [...rounds].sort((a, b) => a.round - b.round);
  return ordered.flatMap((plan, i) => {
    const { start, end } = roundWindow(timing, i + 1);
    return plan.pairs
      .filter((pair) => pair.participantIds.length > 0)
      .map((pair) => ({
        round: i + 1,
        mentorId: pair.mentorId,
        participantIds: [...pair.participantIds],
        start,
        end,
        room: roomOf(roster, pair.mentorId),
      }));
  });
}
