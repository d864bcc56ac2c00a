import { solveAssignmentFlow } from '../../cohorts/domain';
import type { PreparedRotation, RoundAssignments } from './prepared-rotation';
import { meetingCost, sitOutCost } from './rotation-costs';

interface RoundState {
  readonly met: Uint8Array;
  readonly sitOuts: Int32Array;
  /** Rounds still to plan, including this one. */
  readonly roundsLeft: number;
}

/**
 * Sit-out cost per participant, in strictly dominating tiers: someone who already sat out more
 * than the fewest ≫ anyone else ≫ a "tight" participant (no more unmet mentors than rounds left,
 * so sitting out now may force a second sit-out later) ≫ any difference in fit.
 */
function sitOutCosts(prepared: PreparedRotation, state: RoundState, options: Int32Array): Float64Array {
  const participantCount = options.length;
  const tight = sitOutCost(prepared, participantCount);
  const regular = (participantCount + 1) * (tight + 1);
  const mustPlay = (participantCount + 1) * (regular + tight + 1);
  const fewest = Math.min(...state.sitOuts);
  return Float64Array.from(state.sitOuts, (count, participant) => {
    if (count > fewest) return mustPlay;
    return options[participant] <= state.roundsLeft ? regular + tight : regular;
  });
}

/** One round's optimal assignment given who met whom and who sat out how often. */
function planRound(prepared: PreparedRotation, state: RoundState): Int32Array {
  const participantCount = prepared.participantIds.length;
  const mentorCount = prepared.mentorIds.length;
  const edgeStart = new Int32Array(participantCount + 1);
  const columns: number[] = [];
  const costs: number[] = [];
  for (let participant = 0; participant < participantCount; participant++) {
    for (let mentor = 0; mentor < mentorCount; mentor++) {
      const cell = participant * mentorCount + mentor;
      if (prepared.fit[cell] < 0 || state.met[cell] === 1) continue;
      columns.push(mentor);
      costs.push(meetingCost(prepared, cell));
    }
    edgeStart[participant + 1] = columns.length;
  }
  const options = Int32Array.from({ length: participantCount }, (_, p) => edgeStart[p + 1] - edgeStart[p]);
  const solution = solveAssignmentFlow({
    rowSupply: new Int32Array(participantCount).fill(1),
    columnCapacity: prepared.capacity,
    edgeStart,
    edgeColumn: Int32Array.from(columns),
    edgeCost: Float64Array.from(costs),
    unassignedCost: sitOutCosts(prepared, state, options),
  });
  const mentorOf = new Int32Array(participantCount).fill(-1);
  for (let participant = 0; participant < participantCount; participant++) {
    for (let e = edgeStart[participant]; e < edgeStart[participant + 1]; e++) {
      if (solution.edgeUsed[e] === 1) mentorOf[participant] = columns[e];
    }
  }
  return mentorOf;
}

/**
 * Round by round, an optimal assignment (min-cost flow) of participants to mentors they have not
 * met, within capacity, using the sit-out tiers above: first nobody who already sat out more than
 * the fewest sits out again ("nobody sits out twice before everyone sat out once"), then the
 * fewest sit-outs, then spare participants who are running out of mentors, then the largest fit.
 * A heuristic across rounds: the rule holds whenever each round admits a fair assignment (always
 * for rounds ≤ mentors / 2 + 1 without exclusions); `evaluateRotationPlan` reports any breach.
 */
export function planRotationPerRound(prepared: PreparedRotation): RoundAssignments {
  const participantCount = prepared.participantIds.length;
  const mentorCount = prepared.mentorIds.length;
  const met = new Uint8Array(participantCount * mentorCount);
  const sitOuts = new Int32Array(participantCount);
  const rounds: Int32Array[] = [];
  for (let round = 0; round < prepared.rounds; round++) {
    const mentorOf = planRound(prepared, { met, sitOuts, roundsLeft: prepared.rounds - round });
    mentorOf.forEach((mentor, participant) => {
      if (mentor < 0) sitOuts[participant]++;
      else met[participant * mentorCount + mentor] = 1;
    });
    rounds.push(mentorOf);
  }
  return rounds;
}
