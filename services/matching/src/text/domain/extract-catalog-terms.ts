import type { CatalogPhrase, CompiledTextCatalog } from './compile-text-catalog';
import { STOP_WORDS } from './stop-words';
import type {
  ExtractedSkill,
  ExtractedTopic,
  SuggestedRelatedSkill,
  TextExtraction,
} from './text-extraction';
import { analyzeText, tokenizeText, type TextToken } from './tokenize-text';

/** A one-word match on a stop word or a 1–2 letter word ("go", "r") may be ordinary English. */
export const AMBIGUOUS_WORD_FACTOR = 0.5;
/** …unless written capitalized inside the sentence ("I need help with Go"). */
export const CAPITALIZED_AMBIGUOUS_FACTOR = 0.8;

function ambiguityFactor(span: readonly TextToken[], isSentenceStart: boolean): number {
  if (span.length > 1) return 1;
  const word = span[0].normalized;
  if (word.length > 2 && !STOP_WORDS.has(word)) return 1;
  return !isSentenceStart && /^\p{Lu}/u.test(span[0].original)
    ? CAPITALIZED_AMBIGUOUS_FACTOR
    : AMBIGUOUS_WORD_FACTOR;
}

const byConfidenceThenId =
  <T extends { readonly confidence: number }>(id: (item: T) => string) =>
  (a: T, b: T) =>
    b.confidence - a.confidence || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

function keepBest<T extends { readonly confidence: number }>(
  found: Map<string, T>,
  id: string,
  item: T,
): void {
  const previous = found.get(id);
  if (previous === undefined || item.confidence > previous.confidence) found.set(id, item);
}

function suggestRelated(
  skills: readonly ExtractedSkill[],
  related: CompiledTextCatalog['related'],
): SuggestedRelatedSkill[] {
  const named = new Set(skills.map((skill) => skill.skillId));
  const found = new Map<string, SuggestedRelatedSkill>();
  for (const skill of skills) {
    for (const [skillId, strength] of related.get(skill.skillId) ?? []) {
      if (named.has(skillId)) continue;
      keepBest(found, skillId, {
        skillId,
        confidence: skill.confidence * strength,
        viaSkillId: skill.skillId,
      });
    }
  }
  return [...found.values()].sort(byConfidenceThenId((item) => item.skillId));
}

/**
 * Finds catalog skills and topics in a question by leftmost-longest phrase matching over
 * normalized, stemmed words (so "helm charts" beats "helm", and "Kubernetes clusters" finds
 * "kubernetes cluster"), then suggests related skills of the ones named.
 */
export function extractCatalogTerms(question: string, compiled: CompiledTextCatalog): TextExtraction {
  const tokens = tokenizeText(question);
  const terms = tokens.map((token) => token.term);
  const skills = new Map<string, ExtractedSkill>();
  const topics = new Map<string, ExtractedTopic>();
  const record = (phrase: CatalogPhrase, confidence: number, matchedText: string): void => {
    if (phrase.kind === 'TOPIC') keepBest(topics, phrase.id, { topic: phrase.id, confidence, matchedText });
    else keepBest(skills, phrase.id, { skillId: phrase.id, confidence, matchedText, via: phrase.via });
  };
  for (let i = 0; i < terms.length; ) {
    const match = compiled.phrases.longestAt(terms, i);
    if (match === null) {
      i++;
      continue;
    }
    const span = tokens.slice(i, i + match.length);
    const factor = ambiguityFactor(span, i === 0);
    const matchedText = span.map((token) => token.original).join(' ');
    for (const phrase of match.payloads) record(phrase, phrase.confidence * factor, matchedText);
    i += match.length;
  }
  const extractedSkills = [...skills.values()].sort(byConfidenceThenId((item) => item.skillId));
  return {
    skills: extractedSkills,
    relatedSkills: suggestRelated(extractedSkills, compiled.related),
    topics: [...topics.values()].sort(byConfidenceThenId((item) => item.topic)),
    terms: analyzeText(question),
  };
}
