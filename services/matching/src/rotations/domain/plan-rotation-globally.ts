import { solveAssignmentFlow } from '../../cohorts/domain';
import { peelPerfectMatchings, type RegularBipartiteGraph } from './peel-perfect-matchings';
import type { PreparedRotation, RoundAssignments } from './prepared-rotation';
import { meetingCost, sitOutCost } from './rotation-costs';

const BENCH = -1;

interface Meetings {
  /** Mentor numbers each participant meets over the event. */
  readonly mentorsOf: readonly number[][];
  readonly sitOuts: Int32Array;
}

/**
 * Best set of meetings over all rounds: each participant meets R distinct mentors, or sits out
 * once, or (when exclusions leave fewer than R allowed mentors) sits out the rounds it must.
 */
function chooseMeetings(prepared: PreparedRotation): Meetings | null {
  const { rounds, capacity } = prepared;
  const participantCount = prepared.participantIds.length;
  const mentorCount = prepared.mentorIds.length;
  const edgeStart = new Int32Array(participantCount + 1);
  const columns: number[] = [];
  const costs: number[] = [];
  const sitOutLimit = new Int32Array(participantCount);
  for (let participant = 0; participant < participantCount; participant++) {
    for (let mentor = 0; mentor < mentorCount; mentor++) {
      const cell = participant * mentorCount + mentor;
      if (prepared.fit[cell] < 0) continue;
      columns.push(mentor);
      costs.push(meetingCost(prepared, cell));
    }
    edgeStart[participant + 1] = columns.length;
    sitOutLimit[participant] = Math.max(1, rounds - (edgeStart[participant + 1] - edgeStart[participant]));
  }
  const solution = solveAssignmentFlow({
    rowSupply: new Int32Array(participantCount).fill(rounds),
    columnCapacity: Int32Array.from(capacity, (seats) => seats * rounds),
    edgeStart,
    edgeColumn: Int32Array.from(columns),
    edgeCost: Float64Array.from(costs),
    unassignedCost: new Float64Array(participantCount).fill(sitOutCost(prepared, participantCount * rounds)),
    unassignedLimit: sitOutLimit,
  });
  if (solution.unrouted > 0) return null;
  const mentorsOf = Array.from({ length: participantCount }, (_, participant) => {
    const chosen: number[] = [];
    for (let e = edgeStart[participant]; e < edgeStart[participant + 1]; e++)
      if (solution.edgeUsed[e]) chosen.push(columns[e]);
    return chosen;
  });
  return { mentorsOf, sitOuts: solution.unassigned };
}

/**
 * Splits the chosen meetings into rounds: mentors become `ceil(meetings / R)` seats (≤ capacity),
 * sit-outs a bench of `ceil(sit-outs / R)` seats; each seat gets ≤ R participants round-robin;
 * padding makes the graph R-regular; its R perfect matchings are the rounds.
 */
function splitIntoRounds(prepared: PreparedRotation, meetings: Meetings): RoundAssignments {
  const { rounds } = prepared;
  const participantCount = prepared.participantIds.length;
  const ownerOfSeat: number[] = [];
  const seatsFor = (owner: number, degree: number): number[] =>
    Array.from({ length: Math.ceil(degree / rounds) }, () => ownerOfSeat.push(owner) - 1);
  const degree = new Int32Array(prepared.mentorIds.length);
  meetings.mentorsOf.forEach((mentors) => mentors.forEach((mentor) => degree[mentor]++));
  const seats = Array.from(degree, (count, mentor) => seatsFor(mentor, count));
  const benchSeats = seatsFor(
    BENCH,
    meetings.sitOuts.reduce((sum, count) => sum + count, 0),
  );
  const used = new Int32Array(prepared.mentorIds.length + 1);
  const left: number[] = [];
  const right: number[] = [];
  const link = (participant: number, owner: number, ownerSeats: number[]): void => {
    left.push(participant);
    right.push(ownerSeats[used[owner + 1]++ % ownerSeats.length]);
  };
  meetings.mentorsOf.forEach((mentors, participant) => {
    for (const mentor of mentors) link(participant, mentor, seats[mentor]);
    for (let k = 0; k < meetings.sitOuts[participant]; k++) link(participant, BENCH, benchSeats);
  });
  const vertexCount = ownerOfSeat.length;
  const seatDegree = new Int32Array(vertexCount);
  for (const seat of right) seatDegree[seat]++;
  let filler = participantCount;
  let fillerDegree = 0;
  seatDegree.forEach((count, seat) => {
    for (let k = count; k < rounds; k++) {
      left.push(filler);
      right.push(seat);
      if (++fillerDegree === rounds) [filler, fillerDegree] = [filler + 1, 0];
    }
  });
  const graph: RegularBipartiteGraph = {
    vertexCount,
    degree: rounds,
    edgeLeft: Int32Array.from(left),
    edgeRight: Int32Array.from(right),
  };
  return peelPerfectMatchings(graph).map((matching) =>
    Int32Array.from(
      { length: participantCount },
      (_, participant) => ownerOfSeat[graph.edgeRight[matching[participant]]],
    ),
  );
}

/**
 * The best plan over all rounds when nobody has to sit out more than once (apart from sit-outs
 * forced by exclusions, which are exempt from the fairness rule): a min-cost flow picks
 * the meetings (b-matching: R distinct mentors per participant, capacity × R per mentor, fewest
 * sit-outs first, then the largest total fit), then König's theorem splits them into R rounds
 * that respect the per-round capacity. Returns null when that is not possible (exclusions).
 */
export function planRotationGlobally(prepared: PreparedRotation): RoundAssignments | null {
  const meetings = chooseMeetings(prepared);
  return meetings === null ? null : splitIntoRounds(prepared, meetings);
}
