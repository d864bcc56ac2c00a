import { InvalidMatchingInputError, UnknownSkillError } from '../../matching.errors';
import type { RecommendationRequest } from './recommendation-request';
import { RECOMMENDATION_LIMITS as LIMITS } from './recommendation-limits';
import type { SkillGraph } from './skill-graph';

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function checkRange(field: string, value: unknown, min: number, max: number, integer = false): void {
  if (!isFiniteNumber(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new InvalidMatchingInputError(
      field,
      `must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}]`,
    );
  }
}

function checkWeight(field: string, weight: number | undefined): void {
  if (weight === undefined) return;
  if (!isFiniteNumber(weight) || weight <= 0 || weight > 1)
    throw new InvalidMatchingInputError(field, 'must be in (0, 1]');
}

function checkSkills(request: RecommendationRequest, skills: SkillGraph): void {
  if (request.skills.length > LIMITS.maxSkills) {
    throw new InvalidMatchingInputError('skills', `at most ${LIMITS.maxSkills} skills`);
  }
  request.skills.forEach((skill, i) => {
    if (!skills.has(skill.skillId)) throw new UnknownSkillError(`skills[${i}].skillId`, skill.skillId);
    if (skill.minLevel !== undefined) {
      checkRange(`skills[${i}].minLevel`, skill.minLevel, LIMITS.minLevel, LIMITS.maxLevel, true);
    }
    checkWeight(`skills[${i}].weight`, skill.weight);
  });
}

function checkTopicsAndText(request: RecommendationRequest): void {
  if (request.topics.length > LIMITS.maxTopics) {
    throw new InvalidMatchingInputError('topics', `at most ${LIMITS.maxTopics} topics`);
  }
  request.topics.forEach((topic, i) => {
    if (topic.topic.trim() === '')
      throw new InvalidMatchingInputError(`topics[${i}].topic`, 'must not be empty');
    checkWeight(`topics[${i}].weight`, topic.weight);
  });
  for (const [mentorId, relevance] of request.textRelevance ?? []) {
    if (!isFiniteNumber(relevance) || relevance < 0 || relevance > 1) {
      throw new InvalidMatchingInputError(`textRelevance.${mentorId}`, 'must be in [0, 1]');
    }
  }
}

/**
 * Rejects bad input with an error naming the field: k out of range, unknown skill, bad level or
 * weight, bad length, empty or past window (SCHEDULED mode only).
 */
export function validateRecommendationRequest(
  request: RecommendationRequest,
  skills: SkillGraph,
  k: number,
  now: number,
): void {
  checkRange('first', k, LIMITS.minK, LIMITS.maxK, true);
  checkRange(
    'durationMinutes',
    request.durationMinutes,
    LIMITS.minDurationMinutes,
    LIMITS.maxDurationMinutes,
    true,
  );
  checkRange('mentee.utcOffsetMinutes', request.mentee.utcOffsetMinutes, -14 * 60, 14 * 60, true);
  checkSkills(request, skills);
  checkTopicsAndText(request);
  if (request.mode === 'ASK_NOW') return;
  const { start, end } = request.window;
  if (!isFiniteNumber(start) || !isFiniteNumber(end) || end <= start) {
    throw new InvalidMatchingInputError('window', 'must be a non-empty interval');
  }
  if (end <= now) throw new InvalidMatchingInputError('window', 'is in the past');
}
