import { NoFeasiblePairsError } from '../../matching.errors';
import { buildCohortProblem } from './build-cohort-problem';
import { buildCohortResult } from './build-cohort-result';
import type { CohortAssignmentInput } from './cohort-assignment-input';
import type { CohortAssignmentResult } from './cohort-assignment-result';
import { SCORE_SCALE } from './quantize-score';

/**
 * Baseline for comparison only: pins first, then pairs by descending score (ties by mentee, then
 * mentor id), taking a pair when the mentee is free and the mentor has room. Not optimal.
 */
export function assignCohortGreedily(input: CohortAssignmentInput): CohortAssignmentResult {
  const problem = buildCohortProblem(input);
  if (problem.edgeMentor.length === 0 && problem.pinnedMentor.every((mentor) => mentor < 0)) {
    throw new NoFeasiblePairsError('pairs', 'no mentee can be paired with any mentor');
  }
  const remaining = problem.capacity.slice();
  const mentorOf = problem.pinnedMentor.slice();
  for (const mentor of mentorOf) if (mentor >= 0) remaining[mentor]--;
  const menteeCount = problem.menteeIds.length;
  const edgeMentee = new Int32Array(problem.edgeMentor.length);
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    edgeMentee.fill(mentee, problem.edgeStart[mentee], problem.edgeStart[mentee + 1]);
  }
  const order = Float64Array.from(
    problem.edgeMentor,
    (_, e) => (SCORE_SCALE - problem.edgeScore[e]) * edgeMentee.length + e,
  );
  for (const key of order.sort()) {
    const e = key % edgeMentee.length;
    const mentee = edgeMentee[e];
    const mentor = problem.edgeMentor[e];
    if (mentorOf[mentee] < 0 && remaining[mentor] > 0) {
      mentorOf[mentee] = mentor;
      remaining[mentor]--;
    }
  }
  return buildCohortResult(problem, mentorOf, {
    algorithm: 'GREEDY',
    eligiblePairs: problem.edgeMentor.length,
    routedFrom: null,
  });
}
