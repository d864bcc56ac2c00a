import type { RotationInput } from './rotation-input';
import type { RotationPlan } from './rotation-plan';

export interface RotationPlanReport {
  readonly totalFit: number;
  readonly meetingCount: number;
  readonly crossDepartmentMeetings: number;
  /** Fewest and most rounds any participant sat out. */
  readonly sitOutRange: readonly [number, number];
  /** Broken rules, in words; empty for a valid plan. */
  readonly violations: readonly string[];
}

/**
 * Checks a plan against the rules: one mentor per participant per round, never the same pair
 * twice, mentor capacity per round, no excluded or self pairs, and fair sit-outs: after every
 * round, the sit-out counts of participants who could meet at least `rounds` mentors differ by at
 * most one. (Someone excluded from too many mentors must sit out more; they are exempt.)
 */
function constrainedParticipants(input: RotationInput): Set<string> {
  const excluded = new Set((input.excludedPairs ?? []).map((ref) => `${ref.participantId}|${ref.mentorId}`));
  const allowed = (participantId: string): number =>
    input.mentors.filter(
      (mentor) => mentor.mentorId !== participantId && !excluded.has(`${participantId}|${mentor.mentorId}`),
    ).length;
  return new Set(input.participants.map((p) => p.participantId).filter((id) => allowed(id) < input.rounds));
}

export function evaluateRotationPlan(input: RotationInput, plan: RotationPlan): RotationPlanReport {
  const violations: string[] = [];
  const capacity = new Map(input.mentors.map((mentor) => [mentor.mentorId, mentor.capacityPerRound]));
  const excluded = new Set((input.excludedPairs ?? []).map((ref) => `${ref.participantId}|${ref.mentorId}`));
  const metPairs = new Set<string>();
  const sitOuts = new Map(input.participants.map((participant) => [participant.participantId, 0]));
  const exempt = constrainedParticipants(input);
  for (const round of plan.rounds) {
    const busy = new Set<string>();
    const load = new Map<string, number>();
    for (const meeting of round.meetings) {
      const pair = `${meeting.participantId}|${meeting.mentorId}`;
      if (busy.has(meeting.participantId))
        violations.push(`round ${round.round}: ${meeting.participantId} meets twice`);
      if (metPairs.has(pair)) violations.push(`round ${round.round}: ${pair} meet again`);
      if (excluded.has(pair) || meeting.participantId === meeting.mentorId)
        violations.push(`round ${round.round}: ${pair} excluded`);
      busy.add(meeting.participantId);
      metPairs.add(pair);
      load.set(meeting.mentorId, (load.get(meeting.mentorId) ?? 0) + 1);
    }
    for (const [mentorId, count] of load) {
      if (count > (capacity.get(mentorId) ?? 0))
        violations.push(`round ${round.round}: ${mentorId} over capacity`);
    }
    for (const participantId of sitOuts.keys())
      if (!busy.has(participantId)) sitOuts.set(participantId, (sitOuts.get(participantId) ?? 0) + 1);
    const counts = [...sitOuts]
      .filter(([participantId]) => !exempt.has(participantId))
      .map(([, count]) => count);
    if (Math.max(...counts) - Math.min(...counts) > 1)
      violations.push(`round ${round.round}: unfair sit-outs`);
  }
  const counts = [...sitOuts.values()];
  return {
    totalFit: plan.totalFit,
    meetingCount: plan.meetingCount,
    crossDepartmentMeetings: plan.crossDepartmentMeetings,
    sitOutRange: [Math.min(...counts), Math.max(...counts)],
    violations,
  };
}
