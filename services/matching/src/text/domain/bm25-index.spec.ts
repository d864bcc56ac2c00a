import { Bm25Index } from './index';

const field = (text: string, boost = 1) => ({ terms: text.split(' '), boost });

describe('Bm25Index', () => {
  it('matches a hand-computed Okapi BM25 score', () => {
    const index = new Bm25Index({ k1: 1.2, b: 0.75 });
    index.upsert('a', [field('kafka kafka stream')]);
    index.upsert('b', [field('kafka')]);
    index.upsert('c', [field('design review')]);
    const idf = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5));
    const averageLength = 6 / 3;
    const expectedA = (idf * 2 * 2.2) / (2 + 1.2 * (1 - 0.75 + (0.75 * 3) / averageLength));
    const expectedB = (idf * 1 * 2.2) / (1 + 1.2 * (1 - 0.75 + (0.75 * 1) / averageLength));
    const hits = index.search(['kafka'], 10);
    expect(hits.map((hit) => hit.docId)).toEqual(['b', 'a']);
    expect(hits[0].score).toBeCloseTo(expectedB, 12);
    expect(hits[1].score).toBeCloseTo(expectedA, 12);
  });

  it('ranks a document with a rare query term above one with a common term', () => {
    const index = new Bm25Index();
    index.upsert('common', [field('team process')]);
    index.upsert('rare', [field('terraform process')]);
    for (let i = 0; i < 8; i++) index.upsert(`filler-${i}`, [field('team meeting')]);
    expect(index.search(['team', 'terraform'], 2).map((hit) => hit.docId)).toEqual(['rare', 'common']);
  });

  it('prefers the shorter document at equal term frequency', () => {
    const index = new Bm25Index();
    index.upsert('long', [field('graphql schema federation gateway composition subgraph')]);
    index.upsert('short', [field('graphql federation')]);
    expect(index.search(['federation'], 2).map((hit) => hit.docId)).toEqual(['short', 'long']);
  });

  it('saturates term frequency', () => {
    const index = new Bm25Index({ k1: 1.2, b: 0 });
    index.upsert('once', [field('rust')]);
    index.upsert('often', [field('rust rust rust rust rust rust rust rust rust rust')]);
    index.upsert('other', [field('java')]);
    const [often, once] = index.search(['rust'], 2);
    expect(often.score / once.score).toBeLessThan(2.2);
    expect(often.score / once.score).toBeGreaterThan(1);
  });

  it('counts boosted fields more and never gives a negative idf', () => {
    const index = new Bm25Index();
    index.upsert('bio', [field('mentoring')]);
    index.upsert('topic', [field('mentoring', 2)]);
    const hits = index.search(['mentoring'], 2);
    expect(hits.map((hit) => hit.docId)).toEqual(['topic', 'bio']);
    expect(index.idf('mentoring')).toBeGreaterThan(0);
  });

  it('forgets removed and replaced documents', () => {
    const index = new Bm25Index();
    index.upsert('a', [field('kotlin')]);
    index.upsert('b', [field('kotlin')]);
    index.remove('a');
    index.upsert('b', [field('swift')]);
    expect(index.size).toBe(1);
    expect(index.search(['kotlin'], 5)).toEqual([]);
    expect(index.search(['swift'], 5).map((hit) => hit.docId)).toEqual(['b']);
  });
});
