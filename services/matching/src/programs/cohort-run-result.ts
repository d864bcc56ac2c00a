import type { CohortAssignment, UnplacedMentee } from '../cohorts/domain';

/** How many of the run's mentors a hard rule excluded for one mentee. */
export interface ExclusionCount {
  readonly reason: string;
  readonly count: number;
}

export interface CohortRunUnplaced extends UnplacedMentee {
  readonly exclusions: readonly ExclusionCount[];
}

/** The saved outcome of a cohort run: the optimal assignment, compared with the greedy baseline. */
export interface CohortRunResult {
  readonly assignments: readonly CohortAssignment[];
  readonly unplaced: readonly CohortRunUnplaced[];
  readonly placedCount: number;
  readonly totalScore: number;
  readonly greedyPlacedCount: number;
  readonly greedyTotalScore: number;
  readonly eligiblePairs: number;
}
