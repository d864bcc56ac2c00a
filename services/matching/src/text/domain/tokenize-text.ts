import { stemToken } from './stem-token';
import { STOP_WORDS } from './stop-words';

/** One word of a text: as written, normalized (lower case, no accents), and stemmed (`term`). */
export interface TextToken {
  readonly original: string;
  readonly normalized: string;
  readonly term: string;
}

/**
 * A word: letters/digits, optionally a leading dot (.net), inner dots (node.js, asp.net) and
 * trailing + or # (c++, c#). Hyphens, slashes and other punctuation separate words.
 */
const WORD = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

/** Lower case without accents: "Déploiement" → "deploiement". */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits text into words, dropping possessive "'s" and apostrophes ("don't" → "dont"). */
export function tokenizeText(text: string): readonly TextToken[] {
  const cleaned = text.replace(/['’]s\b/gu, '').replace(/['’]/gu, '');
  return (cleaned.match(WORD) ?? []).map((original) => {
    const normalized = normalizeWord(original);
    return { original, normalized, term: stemToken(normalized) };
  });
}

/** Terms for retrieval: normalized, stemmed, without stop words. */
export function analyzeText(text: string): readonly string[] {
  return tokenizeText(text)
    .filter((token) => !STOP_WORDS.has(token.normalized))
    .map((token) => token.term);
}
