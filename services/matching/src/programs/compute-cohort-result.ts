import {
  assignCohort,
  assignCohortGreedily,
  type CohortAssignmentInput,
  type CohortPair,
} from '../cohorts/domain';
import type { CohortRunInput } from './cohort-run-input';
import type { CohortRunResult, CohortRunUnplaced, ExclusionCount } from './cohort-run-result';
import type { ProgramScorer } from './scoring/program-scorer';

/** What the computation needs from a scorer (the ProgramScorer; a table in unit tests). */
export type PairRater = Pick<ProgramScorer, 'rate' | 'reasons'>;

/** Reports progress (0–100) and the phase; also where a long computation yields to heartbeats. */
export type ProgressReporter = (progress: number, phase: string) => Promise<void>;

const REPORT_EVERY_MENTEES = 100;

interface ScoredPairs {
  readonly pairs: CohortPair[];
  readonly exclusions: Map<string, Map<string, number>>;
}

async function scorePairs(
  input: CohortRunInput,
  scorer: PairRater,
  report: ProgressReporter,
): Promise<ScoredPairs> {
  const pairs: CohortPair[] = [];
  const exclusions = new Map<string, Map<string, number>>();
  const forbidden = new Set(input.forbids.map((ref) => `${ref.menteeId}|${ref.mentorId}`));
  for (let i = 0; i < input.menteeIds.length; i++) {
    const menteeId = input.menteeIds[i];
    const counts = new Map<string, number>();
    for (const { mentorId } of input.mentors) {
      const rating = scorer.rate(menteeId, mentorId);
      const excludedBy = rating.excludedBy ?? (forbidden.has(`${menteeId}|${mentorId}`) ? 'FORBIDDEN' : null);
      if (excludedBy) counts.set(excludedBy, (counts.get(excludedBy) ?? 0) + 1);
      if (rating.excludedBy === null)
        pairs.push({ menteeId, mentorId, score: Math.min(1, Math.max(0, rating.score)) });
    }
    exclusions.set(menteeId, counts);
    if ((i + 1) % REPORT_EVERY_MENTEES === 0)
      await report(10 + Math.floor((50 * (i + 1)) / input.menteeIds.length), 'scoring pairs');
  }
  return { pairs, exclusions };
}

function exclusionList(counts: Map<string, number> | undefined): ExclusionCount[] {
  return [...(counts ?? [])].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

/**
 * Scores every pair with the recommendation scoring, then assigns optimally (min-cost flow) and, for
 * comparison, greedily; the assigned pairs get their score reasons in words.
 */
export async function computeCohortResult(
  input: CohortRunInput,
  scorer: PairRater,
  report: ProgressReporter,
): Promise<CohortRunResult> {
  await report(10, 'scoring pairs');
  const { pairs, exclusions } = await scorePairs(input, scorer, report);
  const problem: CohortAssignmentInput = {
    mentees: input.menteeIds.map((menteeId) => ({ menteeId })),
    mentors: input.mentors,
    pairs,
    pins: input.pins,
    forbids: input.forbids,
  };
  await report(60, 'assigning');
  const optimal = assignCohort(problem);
  await report(85, 'comparing with greedy');
  const greedy = assignCohortGreedily(problem);
  await report(95, 'explaining');
  const unplaced: CohortRunUnplaced[] = optimal.unplaced.map((u) => ({
    ...u,
    exclusions: exclusionList(exclusions.get(u.menteeId)),
  }));
  return {
    assignments: optimal.assignments.map((a) => ({ ...a, reasons: scorer.reasons(a.menteeId, a.mentorId) })),
    unplaced,
    placedCount: optimal.placedCount,
    totalScore: optimal.totalScore,
    greedyPlacedCount: greedy.placedCount,
    greedyTotalScore: greedy.totalScore,
    eligiblePairs: optimal.stats.eligiblePairs,
  };
}
