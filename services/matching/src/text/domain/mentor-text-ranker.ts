/** A mentor's retrievable text. */
export interface MentorTextDocument {
  readonly mentorId: string;
  readonly bio: string;
  readonly topics: readonly string[];
  /** Display names of the mentor's skills. */
  readonly skillNames: readonly string[];
}

export interface MentorTextHit {
  readonly mentorId: string;
  /** Provider-specific relevance (higher is better); see `toTextRelevance` for [0, 1]. */
  readonly score: number;
}

/**
 * Port for ranking mentors by how well their text answers a question. Default: BM25
 * (`Bm25MentorTextRanker`); an embedding provider can implement it later.
 */
export interface MentorTextRanker {
  rank(question: string, limit: number): Promise<readonly MentorTextHit[]>;
}
