import { describeComponents } from './describe-components';
import type { MentorRecord } from './mentor-record';
import type { PreparedRecommendation } from './prepared-recommendation';
import type { RankedMentor, ScoreBreakdownEntry } from './ranked-mentor';
import { SCORE_COMPONENTS } from './score-component';
import { contributionOf, type ScoredCandidate } from './score-candidate';
import type { SkillGraph } from './skill-graph';

/** Turns a scored mentor into a ranked, explained result; contributions sum to the score exactly. */
export function explainCandidate(
  mentor: MentorRecord,
  scored: ScoredCandidate,
  rank: number,
  prepared: PreparedRecommendation,
  skills: SkillGraph,
): RankedMentor {
  const describe = describeComponents(skills);
  const breakdown: ScoreBreakdownEntry[] = SCORE_COMPONENTS.map((component, index) => ({
    component,
    weight: prepared.multipliers[component],
    value: scored.values[component],
    contribution: contributionOf(scored.values, prepared, index),
    explanation: describe[component](mentor, prepared, scored.values),
  }));
  return { mentorId: scored.mentorId, rank, score: scored.score, breakdown };
}
