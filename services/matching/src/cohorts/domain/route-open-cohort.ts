import type { CohortProblem } from './cohort-problem';
import { SCORE_SCALE } from './quantize-score';
import { solveAssignmentFlow } from './solve-assignment-flow';

/** The part of a cohort left after pins: free mentees and the capacity still open per mentor. */
export interface OpenCohort {
  readonly problem: CohortProblem;
  readonly freeMentees: Int32Array;
  readonly remaining: Int32Array;
}

export type FlowSource = 'MENTEES' | 'MENTOR_CAPACITY';

export function openCohort(problem: CohortProblem): OpenCohort {
  const remaining = problem.capacity.slice();
  const free: number[] = [];
  problem.pinnedMentor.forEach((mentor, mentee) => (mentor >= 0 ? remaining[mentor]-- : free.push(mentee)));
  return { problem, freeMentees: Int32Array.from(free), remaining };
}

/** Cost of leaving a unit unassigned: more than the score any assignment could gain instead. */
const unassignedCost = (maxPlaced: number): number => (maxPlaced + 1) * SCORE_SCALE;

/** Free mentees are the rows (supply 1), mentors with open capacity the columns. */
function routeFromMentees(open: OpenCohort, mentorOf: Int32Array): void {
  const { problem, freeMentees, remaining } = open;
  const edgeStart = new Int32Array(freeMentees.length + 1);
  const used: number[] = [];
  freeMentees.forEach((mentee, row) => {
    for (let e = problem.edgeStart[mentee]; e < problem.edgeStart[mentee + 1]; e++) {
      if (remaining[problem.edgeMentor[e]] > 0) used.push(e);
    }
    edgeStart[row + 1] = used.length;
  });
  const capacity = remaining.reduce((sum, open) => sum + open, 0);
  const solution = solveAssignmentFlow({
    rowSupply: new Int32Array(freeMentees.length).fill(1),
    columnCapacity: remaining,
    edgeStart,
    edgeColumn: Int32Array.from(used, (e) => problem.edgeMentor[e]),
    edgeCost: Float64Array.from(used, (e) => SCORE_SCALE - problem.edgeScore[e]),
    unassignedCost: new Float64Array(freeMentees.length).fill(
      unassignedCost(Math.min(capacity, freeMentees.length)),
    ),
  });
  freeMentees.forEach((mentee, row) => {
    for (let j = edgeStart[row]; j < edgeStart[row + 1]; j++)
      if (solution.edgeUsed[j]) mentorOf[mentee] = problem.edgeMentor[used[j]];
  });
}

/** Mentors are the rows (supply = open capacity), free mentees the columns (capacity 1). */
function routeFromCapacity(open: OpenCohort, mentorOf: Int32Array): void {
  const { problem, freeMentees, remaining } = open;
  const mentorCount = remaining.length;
  const edgeStart = new Int32Array(mentorCount + 1);
  const forEachOpenEdge = (visit: (e: number, column: number) => void): void =>
    freeMentees.forEach((mentee, column) => {
      for (let e = problem.edgeStart[mentee]; e < problem.edgeStart[mentee + 1]; e++) {
        if (remaining[problem.edgeMentor[e]] > 0) visit(e, column);
      }
    });
  forEachOpenEdge((e) => edgeStart[problem.edgeMentor[e] + 1]++);
  for (let mentor = 0; mentor < mentorCount; mentor++) edgeStart[mentor + 1] += edgeStart[mentor];
  const cursor = edgeStart.slice(0, mentorCount);
  const byMentor = new Int32Array(edgeStart[mentorCount]);
  const columnOf = new Int32Array(edgeStart[mentorCount]);
  forEachOpenEdge((e, column) => {
    const slot = cursor[problem.edgeMentor[e]]++;
    byMentor[slot] = e;
    columnOf[slot] = column;
  });
  const capacity = remaining.reduce((sum, open) => sum + open, 0);
  const solution = solveAssignmentFlow({
    rowSupply: remaining,
    columnCapacity: new Int32Array(freeMentees.length).fill(1),
    edgeStart,
    edgeColumn: columnOf,
    edgeCost: Float64Array.from(byMentor, (e) => SCORE_SCALE - problem.edgeScore[e]),
    unassignedCost: new Float64Array(mentorCount).fill(
      unassignedCost(Math.min(capacity, freeMentees.length)),
    ),
  });
  solution.edgeUsed.forEach((isUsed, j) => {
    if (isUsed) mentorOf[freeMentees[columnOf[j]]] = problem.edgeMentor[byMentor[j]];
  });
}

/**
 * Solves the open part optimally, routing from the scarcer side: the units of that side are sent
 * one by one through the flow network and usually find a free counterpart after a short search.
 * Both directions solve the same problem (max placed, then max total score).
 */
export function routeOpenCohort(open: OpenCohort, mentorOf: Int32Array): FlowSource {
  const capacity = open.remaining.reduce((sum, units) => sum + units, 0);
  if (capacity < open.freeMentees.length) {
    routeFromCapacity(open, mentorOf);
    return 'MENTOR_CAPACITY';
  }
  routeFromMentees(open, mentorOf);
  return 'MENTEES';
}
