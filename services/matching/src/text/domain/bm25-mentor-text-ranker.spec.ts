import { Bm25MentorTextRanker, toTextRelevance } from './index';

describe('Bm25MentorTextRanker', () => {
  const ranker = new Bm25MentorTextRanker();
  ranker.upsert({
    mentorId: 'ana',
    bio: 'I scaled Kafka consumers and stream processing at two companies.',
    topics: ['event streaming'],
    skillNames: ['Kafka'],
  });
  ranker.upsert({
    mentorId: 'ben',
    bio: 'Design systems, accessibility and frontend performance.',
    topics: ['design'],
    skillNames: ['CSS'],
  });
  ranker.upsert({ mentorId: 'cai', bio: 'Backend engineer; some Kafka.', topics: [], skillNames: ['Java'] });

  it('ranks the mentor whose text answers the question first and ignores unrelated ones', async () => {
    const hits = await ranker.rank('How should I scale our Kafka consumers?', 10);
    expect(hits.map((hit) => hit.mentorId)).toEqual(['ana', 'cai']);
  });

  it('turns hits into relevance in [0, 1] with the best at 1', () => {
    const relevance = toTextRelevance(ranker.rankNow('kafka streaming', 10));
    expect(relevance.get('ana')).toBe(1);
    expect(relevance.get('cai')).toBeGreaterThan(0);
    expect(relevance.get('cai')).toBeLessThan(1);
    expect(relevance.has('ben')).toBe(false);
  });
});
