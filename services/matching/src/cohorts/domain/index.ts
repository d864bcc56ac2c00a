export type {
  CohortAssignmentInput,
  CohortMentee,
  CohortMentor,
  CohortPair,
  CohortPairRef,
} from './cohort-assignment-input';
export type {
  CohortAssignment,
  CohortAssignmentResult,
  CohortAssignmentStats,
  UnplacedMentee,
  UnplacedReason,
} from './cohort-assignment-result';
export { assignCohort } from './assign-cohort';
export { assignCohortGreedily } from './assign-cohort-greedily';
export {
  solveAssignmentFlow,
  type AssignmentFlowProblem,
  type AssignmentFlowSolution,
} from './solve-assignment-flow';
export { quantizeScore, SCORE_SCALE } from './quantize-score';
