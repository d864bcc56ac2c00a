export type { TextCatalog, TextCatalogSkill } from './text-catalog';
export type {
  ExtractedSkill,
  ExtractedTopic,
  SkillMatchSource,
  SuggestedRelatedSkill,
  TextExtraction,
} from './text-extraction';
export type { TextUnderstanding } from './text-understanding';
export { CatalogTextUnderstanding } from './catalog-text-understanding';
export { analyzeText, normalizeWord, tokenizeText, type TextToken } from './tokenize-text';
export { stemToken } from './stem-token';
export {
  Bm25Index,
  DEFAULT_BM25_PARAMETERS,
  type Bm25Field,
  type Bm25Hit,
  type Bm25Parameters,
} from './bm25-index';
export type { MentorTextDocument, MentorTextHit, MentorTextRanker } from './mentor-text-ranker';
export { Bm25MentorTextRanker, MENTOR_FIELD_BOOSTS } from './bm25-mentor-text-ranker';
export { toTextRelevance } from './to-text-relevance';
