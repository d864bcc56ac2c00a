import type { RotationInput } from '../rotations/domain';

export interface RotationOptimum {
  readonly meetings: number;
  readonly totalFit: number;
}

/**
 * Best (most meetings, then most fit) plan of a tiny event in which nobody sits out more than
 * once (or more than exclusions force), by enumerating every choice of everyone in every round.
 */
export function bruteForceRotation(input: RotationInput): RotationOptimum | null {
  const participants = input.participants.map((p) => p.participantId);
  const mentors = input.mentors;
  const bonus = input.mixer?.crossDepartmentBonus ?? 0;
  const excluded = new Set((input.excludedPairs ?? []).map((ref) => `${ref.participantId}|${ref.mentorId}`));
  const fitOf = new Map(input.fits.map((fit) => [`${fit.participantId}|${fit.mentorId}`, fit.score]));
  const departmentOf = new Map(input.participants.map((p) => [p.participantId, p.departmentId]));
  const fit = (participant: string, mentor: (typeof mentors)[number]): number | null => {
    const key = `${participant}|${mentor.mentorId}`;
    if (excluded.has(key) || participant === mentor.mentorId) return null;
    const department = departmentOf.get(participant) ?? null;
    const cross = department !== null && mentor.departmentId !== null && department !== mentor.departmentId;
    return Math.round(((fitOf.get(key) ?? 0) + (cross ? bonus : 0)) * 10_000);
  };
  const sitOutLimit = (participant: string): number =>
    Math.max(1, input.rounds - mentors.filter((mentor) => fit(participant, mentor) !== null).length);
  let best: RotationOptimum | null = null;
  const met = new Set<string>();
  const sitOuts = new Map(participants.map((p) => [p, 0]));
  const loads = Array.from({ length: input.rounds }, () => new Int32Array(mentors.length));
  const visit = (round: number, index: number, meetings: number, total: number): void => {
    if (round === input.rounds) {
      if (
        best === null ||
        meetings > best.meetings ||
        (meetings === best.meetings && total > best.totalFit)
      ) {
        best = { meetings, totalFit: total };
      }
      return;
    }
    if (index === participants.length) {
      visit(round + 1, 0, meetings, total);
      return;
    }
    const participant = participants[index];
    const count = sitOuts.get(participant) ?? 0;
    if (count < sitOutLimit(participant)) {
      sitOuts.set(participant, count + 1);
      visit(round, index + 1, meetings, total);
      sitOuts.set(participant, count);
    }
    mentors.forEach((mentor, m) => {
      const value = fit(participant, mentor);
      const key = `${participant}|${mentor.mentorId}`;
      if (value === null || met.has(key) || loads[round][m] >= mentor.capacityPerRound) return;
      met.add(key);
      loads[round][m]++;
      visit(round, index + 1, meetings + 1, total + value);
      loads[round][m]--;
      met.delete(key);
    });
  };
  visit(0, 0, 0, 0);
  return best;
}
