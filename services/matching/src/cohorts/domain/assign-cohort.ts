import { NoFeasiblePairsError } from '../../matching.errors';
import { buildCohortProblem } from './build-cohort-problem';
import { buildCohortResult } from './build-cohort-result';
import type { CohortAssignmentInput } from './cohort-assignment-input';
import type { CohortAssignmentResult } from './cohort-assignment-result';
import { openCohort, routeOpenCohort } from './route-open-cohort';

/**
 * Optimal cohort assignment. Objective, lexicographic: place as many mentees as possible, then
 * maximize the total score (exact on scores rounded to 6 decimals), within mentor capacities,
 * honouring pins (fixed first) and forbids. Solved exactly as a min-cost flow (successive
 * shortest paths with potentials) over all eligible pairs; leaving a unit unassigned costs more
 * than any score could gain, which puts the number placed first. Deterministic: input order does
 * not matter (ids are sorted first).
 */
export function assignCohort(input: CohortAssignmentInput): CohortAssignmentResult {
  const problem = buildCohortProblem(input);
  if (problem.edgeMentor.length === 0 && problem.pinnedMentor.every((mentor) => mentor < 0)) {
    throw new NoFeasiblePairsError('pairs', 'no mentee can be paired with any mentor');
  }
  const mentorOf = problem.pinnedMentor.slice();
  const routedFrom = routeOpenCohort(openCohort(problem), mentorOf);
  return buildCohortResult(problem, mentorOf, {
    algorithm: 'MIN_COST_FLOW',
    eligiblePairs: problem.edgeMentor.length,
    routedFrom,
  });
}
