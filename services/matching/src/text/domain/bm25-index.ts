/** BM25 parameters: k1 saturates term frequency, b normalizes by document length. */
export interface Bm25Parameters {
  readonly k1: number;
  readonly b: number;
}

export const DEFAULT_BM25_PARAMETERS: Bm25Parameters = Object.freeze({ k1: 1.2, b: 0.75 });

/** A document field: analyzed terms and how much each occurrence counts (BM25F-style boost). */
export interface Bm25Field {
  readonly terms: readonly string[];
  readonly boost: number;
}

export interface Bm25Hit {
  readonly docId: string;
  readonly score: number;
}

interface StoredDocument {
  readonly length: number;
  readonly frequencies: ReadonlyMap<string, number>;
}

/**
 * Okapi BM25 over an incrementally maintained inverted index:
 * score(d, q) = Σ_t idf(t) · tf(t,d)·(k1+1) / (tf(t,d) + k1·(1 − b + b·|d|/avgdl)),
 * idf(t) = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5)) (never negative). Boosted fields add
 * `boost` per occurrence to tf and to the document length. Query terms are deduplicated.
 */
export class Bm25Index {
  private readonly documents = new Map<string, StoredDocument>();
  private readonly postings = new Map<string, Map<string, number>>();
  private totalLength = 0;

  constructor(private readonly parameters: Bm25Parameters = DEFAULT_BM25_PARAMETERS) {}

  get size(): number {
    return this.documents.size;
  }

  upsert(docId: string, fields: readonly Bm25Field[]): void {
    this.remove(docId);
    const frequencies = new Map<string, number>();
    let length = 0;
    for (const field of fields) {
      for (const term of field.terms) {
        frequencies.set(term, (frequencies.get(term) ?? 0) + field.boost);
        length += field.boost;
      }
    }
    this.documents.set(docId, { length, frequencies });
    this.totalLength += length;
    for (const [term, frequency] of frequencies) {
      const list = this.postings.get(term) ?? new Map<string, number>();
      list.set(docId, frequency);
      this.postings.set(term, list);
    }
  }

  remove(docId: string): void {
    const document = this.documents.get(docId);
    if (document === undefined) return;
    this.documents.delete(docId);
    this.totalLength -= document.length;
    for (const term of document.frequencies.keys()) {
      const list = this.postings.get(term);
      list?.delete(docId);
      if (list?.size === 0) this.postings.delete(term);
    }
  }

  /** Inverse document frequency of a term in the current corpus. */
  idf(term: string): number {
    const documentFrequency = this.postings.get(term)?.size ?? 0;
    return Math.log(1 + (this.documents.size - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /** The best `limit` documents with a positive score, best first (ties by document id). */
  search(queryTerms: readonly string[], limit: number): readonly Bm25Hit[] {
    const { k1, b } = this.parameters;
    const averageLength = this.documents.size > 0 ? this.totalLength / this.documents.size : 0;
    const scores = new Map<string, number>();
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (list === undefined) continue;
      const idf = this.idf(term);
      for (const [docId, frequency] of list) {
        const length = this.documents.get(docId)?.length ?? 0;
        const norm = averageLength > 0 ? 1 - b + (b * length) / averageLength : 1;
        const score = (idf * frequency * (k1 + 1)) / (frequency + k1 * norm);
        scores.set(docId, (scores.get(docId) ?? 0) + score);
      }
    }
    return [...scores]
      .filter(([, score]) => score > 0)
      .map(([docId, score]) => ({ docId, score }))
      .sort((x, y) => y.score - x.score || (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : 0))
      .slice(0, limit);
  }
}
