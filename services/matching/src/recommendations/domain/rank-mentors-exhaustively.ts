import { checkEligibility } from './check-eligibility';
import { explainCandidate } from './explain-candidate';
import type { MentorRecord } from './mentor-record';
import { prepareRecommendation, type RecommendationContext } from './prepare-recommendation';
import type { RankedMentor, RecommendationResult } from './ranked-mentor';
import type { RecommendationRequest } from './recommendation-request';
import { scoreCandidate, type ScoredCandidate } from './score-candidate';
import { TopKCollector } from './top-k-collector';

interface Collected extends ScoredCandidate {
  readonly mentor: MentorRecord;
}

/**
 * The reference ranking: applies the hard rules to every mentor, scores every eligible one and
 * keeps the top k. Simple on purpose; the MentorIndex must return exactly the same list.
 */
export function rankMentorsExhaustively(
  mentors: Iterable<MentorRecord>,
  request: RecommendationRequest,
  context: RecommendationContext,
  k: number,
  now: number,
): RecommendationResult {
  const prepared = prepareRecommendation(request, context, k, now);
  const collector = new TopKCollector<Collected>(k);
  let scoredCount = 0;
  for (const mentor of mentors) {
    if (checkEligibility(mentor, prepared) !== null) continue;
    scoredCount++;
    const scored = scoreCandidate(mentor, prepared);
    if (scored.score >= collector.threshold) collector.offer({ ...scored, mentor });
  }
  const ranked: RankedMentor[] = collector
    .sorted()
    .map((entry, i) => explainCandidate(entry.mentor, entry, i + 1, prepared, context.skills));
  return { mentors: ranked, scoredCount };
}
