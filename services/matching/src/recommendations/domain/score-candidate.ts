import { availabilityFit } from './availability-fit';
import { crossDepartmentFit } from './cross-department-fit';
import { languageFit } from './language-fit';
import { loadFit } from './load-fit';
import type { MentorRecord } from './mentor-record';
import type { PreparedRecommendation } from './prepared-recommendation';
import { qualityFit } from './quality-fit';
import { SCORE_COMPONENTS, type ComponentValues } from './score-component';
import { skillFit } from './skill-fit';
import { timeZoneFit } from './time-zone-fit';
import { topicFit } from './topic-fit';

/** A mentor's score: the sum of `multiplier × value` over the components, in SCORE_COMPONENTS order. */
export interface ScoredCandidate {
  readonly mentorId: string;
  readonly score: number;
  readonly values: ComponentValues;
}

function computeValues(mentor: MentorRecord, prepared: PreparedRecommendation): ComponentValues {
  const { request } = prepared;
  return {
    skill: skillFit(mentor, prepared),
    topic: topicFit(mentor, prepared),
    text: prepared.textRelevance.get(mentor.mentorId) ?? 0,
    availability: availabilityFit(mentor, prepared),
    timeZone: timeZoneFit(mentor.utcOffsetMinutes, request.mentee.utcOffsetMinutes),
    language: languageFit(mentor, request),
    quality: qualityFit(mentor),
    load: loadFit(mentor),
    crossDepartment: request.preferCrossDepartment
      ? crossDepartmentFit(mentor.departmentId, request.mentee.departmentId)
      : 0,
  };
}

/** Component contribution `multiplier × value`; the breakdown shows exactly these numbers. */
export function contributionOf(
  values: ComponentValues,
  prepared: PreparedRecommendation,
  index: number,
): number {
  const component = SCORE_COMPONENTS[index];
  return prepared.multipliers[component] * values[component];
}

/**
 * Scores one (eligible) mentor. Pure and deterministic: every scorer (exhaustive or indexed)
 * calls this same function, so equal inputs give bit-identical scores.
 */
export function scoreCandidate(mentor: MentorRecord, prepared: PreparedRecommendation): ScoredCandidate {
  const values = computeValues(mentor, prepared);
  let score = 0;
  for (let i = 0; i < SCORE_COMPONENTS.length; i++) score += contributionOf(values, prepared, i);
  return { mentorId: mentor.mentorId, score, values };
}
