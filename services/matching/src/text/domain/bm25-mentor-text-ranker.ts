import { Bm25Index, DEFAULT_BM25_PARAMETERS, type Bm25Parameters } from './bm25-index';
import type { MentorTextDocument, MentorTextHit, MentorTextRanker } from './mentor-text-ranker';
import { analyzeText } from './tokenize-text';

/** Field boosts: a topic or skill the mentor lists says more than a word in the bio. */
export const MENTOR_FIELD_BOOSTS = Object.freeze({ bio: 1, topics: 2, skills: 2 });

/** Offline BM25 ranking of mentor bios, topics and skill names; kept current one mentor at a time. */
export class Bm25MentorTextRanker implements MentorTextRanker {
  private readonly index: Bm25Index;

  constructor(parameters: Bm25Parameters = DEFAULT_BM25_PARAMETERS) {
    this.index = new Bm25Index(parameters);
  }

  get size(): number {
    return this.index.size;
  }

  upsert(document: MentorTextDocument): void {
    this.index.upsert(document.mentorId, [
      { terms: analyzeText(document.bio), boost: MENTOR_FIELD_BOOSTS.bio },
      { terms: analyzeText(document.topics.join(' ')), boost: MENTOR_FIELD_BOOSTS.topics },
      { terms: analyzeText(document.skillNames.join(' ')), boost: MENTOR_FIELD_BOOSTS.skills },
    ]);
  }

  remove(mentorId: string): void {
    this.index.remove(mentorId);
  }

  async rank(question: string, limit: number): Promise<readonly MentorTextHit[]> {
    return this.rankNow(question, limit);
  }

  /** Same as `rank`, synchronously. */
  rankNow(question: string, limit: number): readonly MentorTextHit[] {
    return this.index
      .search(analyzeText(question), limit)
      .map((hit) => ({ mentorId: hit.docId, score: hit.score }));
  }
}
