export { DEFAULT_MATCHING_WEIGHTS, resolveMatchingWeights, type MatchingWeights } from './matching-weights';
export type { MatchingPolicy } from './matching-policy';
export type {
  MentorCapacity,
  MentorLoad,
  MentorRecord,
  MentorSkill,
  SessionFormat,
  TimeInterval,
} from './mentor-record';
export type {
  MenteeContext,
  RecommendationMode,
  RecommendationRequest,
  RequestedSkill,
  RequestedTopic,
} from './recommendation-request';
export { RECOMMENDATION_LIMITS } from './recommendation-limits';
export { SCORE_COMPONENTS, type ComponentValues, type ScoreComponent } from './score-component';
export {
  buildSkillGraph,
  type CatalogSkill,
  type RelatedSkill,
  type SkillCatalog,
  type SkillGraph,
} from './skill-graph';
export { prepareRecommendation, type RecommendationContext } from './prepare-recommendation';
export type { PreparedRecommendation } from './prepared-recommendation';
export { checkEligibility, type IneligibilityReason } from './check-eligibility';
export { scoreCandidate, type ScoredCandidate } from './score-candidate';
export { explainCandidate } from './explain-candidate';
export type { RankedMentor, RecommendationResult, ScoreBreakdownEntry } from './ranked-mentor';
export { rankMentorsExhaustively } from './rank-mentors-exhaustively';
export { MentorIndex } from './mentor-index';
export { validateMentorRecord } from './validate-mentor-record';
