import type {
  CohortAssignment,
  CohortAssignmentResult,
  CohortAssignmentStats,
  UnplacedMentee,
} from './cohort-assignment-result';
import type { CohortProblem } from './cohort-problem';

const ordinal = (n: number): string => {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
};

function explainPair(rank: number, count: number, score: number, isPinned: boolean, greedy: boolean): string {
  const scoreText = `score ${score.toFixed(3)}`;
  if (isPinned)
    return `Pinned by the program manager (${scoreText}, ${ordinal(rank)} of ${count} eligible mentors).`;
  if (rank === 1) return `Best-scoring of ${count} eligible mentor${count === 1 ? '' : 's'} (${scoreText}).`;
  const why = greedy
    ? 'the higher-scoring ones were already full when this pair came up'
    : 'the higher-scoring ones went to mentees who would lose more without them, which maximises the total';
  return `${ordinal(rank)} choice of ${count} eligible mentors (${scoreText}): ${why}.`;
}

function explainUnplaced(menteeId: string, count: number): UnplacedMentee {
  if (count === 0) {
    return {
      menteeId,
      reason: 'NO_ELIGIBLE_MENTOR',
      explanation: 'No eligible mentor: every pair was excluded, forbidden or had a mentor with capacity 0.',
    };
  }
  return {
    menteeId,
    reason: 'CAPACITY_EXHAUSTED',
    explanation: `All ${count} eligible mentor${count === 1 ? ' is' : 's are'} full; placing this mentee would unplace someone else.`,
  };
}

/** Turns a mentor-per-mentee decision (−1 = unplaced) into the explained result. */
export function buildCohortResult(
  problem: CohortProblem,
  mentorOf: Int32Array,
  stats: CohortAssignmentStats,
): CohortAssignmentResult {
  const assignments: CohortAssignment[] = [];
  const unplaced: UnplacedMentee[] = [];
  let totalScore = 0;
  problem.menteeIds.forEach((menteeId, mentee) => {
    const first = problem.edgeStart[mentee];
    const count = problem.edgeStart[mentee + 1] - first;
    const mentor = mentorOf[mentee];
    if (mentor < 0) {
      unplaced.push(explainUnplaced(menteeId, count));
      return;
    }
    const position = problem.edgeMentor.subarray(first, first + count).indexOf(mentor);
    const pair = problem.pairs[problem.edgePair[first + position]];
    const isPinned = problem.pinnedMentor[mentee] === mentor;
    totalScore += pair.score;
    assignments.push({
      menteeId,
      mentorId: problem.mentorIds[mentor],
      score: pair.score,
      isPinned,
      choiceRank: position + 1,
      eligibleMentorCount: count,
      explanation: explainPair(position + 1, count, pair.score, isPinned, stats.algorithm === 'GREEDY'),
      reasons: pair.reasons ?? [],
    });
  });
  return { assignments, unplaced, placedCount: assignments.length, totalScore, stats };
}
