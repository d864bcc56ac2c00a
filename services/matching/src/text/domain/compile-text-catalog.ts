import { PhraseTrie } from './phrase-trie';
import { stemToken } from './stem-token';
import type { TextCatalog } from './text-catalog';
import type { SkillMatchSource } from './text-extraction';
import { tokenizeText } from './tokenize-text';

/** What a catalog phrase stands for, with the confidence of a match on it. */
export type CatalogPhrase =
  | {
      readonly kind: 'SKILL';
      readonly id: string;
      readonly via: SkillMatchSource;
      readonly confidence: number;
    }
  | { readonly kind: 'TOPIC'; readonly id: string; readonly via: 'TOPIC'; readonly confidence: number };

export interface CompiledTextCatalog {
  readonly phrases: PhraseTrie<CatalogPhrase>;
  /** Skill → related skills with strength, in both directions. */
  readonly related: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** A spelling variant without separators counts a little less: "nodejs" for "Node.js". */
export const COMPACT_SPELLING_FACTOR = 0.9;
export const ALIAS_CONFIDENCE = 0.9;

function insertPhrase(trie: PhraseTrie<CatalogPhrase>, text: string, phrase: CatalogPhrase): void {
  const tokens = tokenizeText(text);
  trie.insert(
    tokens.map((token) => token.term),
    phrase,
  );
  const compact = stemToken(tokens.map((token) => token.normalized.replace(/\./g, '')).join(''));
  if (compact !== '' && (tokens.length > 1 || compact !== tokens[0]?.term)) {
    trie.insert([compact], { ...phrase, confidence: phrase.confidence * COMPACT_SPELLING_FACTOR });
  }
}

function relatedBothWays(catalog: TextCatalog): Map<string, Map<string, number>> {
  const related = new Map<string, Map<string, number>>();
  const link = (from: string, to: string, strength: number): void => {
    const row = related.get(from) ?? new Map<string, number>();
    row.set(to, Math.max(row.get(to) ?? 0, strength));
    related.set(from, row);
  };
  for (const skill of catalog.skills) {
    for (const relation of skill.related) {
      if (relation.skillId === skill.skillId) continue;
      link(skill.skillId, relation.skillId, relation.strength);
      link(relation.skillId, skill.skillId, relation.strength);
    }
  }
  return related;
}

/** Builds the phrase trie (names, aliases, compact spellings, topics) and the relation map. */
export function compileTextCatalog(catalog: TextCatalog): CompiledTextCatalog {
  const phrases = new PhraseTrie<CatalogPhrase>();
  for (const skill of catalog.skills) {
    insertPhrase(phrases, skill.name, { kind: 'SKILL', id: skill.skillId, via: 'NAME', confidence: 1 });
    for (const alias of skill.aliases) {
      const phrase = {
        kind: 'SKILL',
        id: skill.skillId,
        via: 'ALIAS',
        confidence: ALIAS_CONFIDENCE,
      } as const;
      insertPhrase(phrases, alias, phrase);
    }
  }
  for (const topic of catalog.topics) {
    insertPhrase(phrases, topic, { kind: 'TOPIC', id: topic, via: 'TOPIC', confidence: 1 });
  }
  return { phrases, related: relatedBothWays(catalog) };
}
