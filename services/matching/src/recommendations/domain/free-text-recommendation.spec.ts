import { buildMentorRecord, TEST_NOW } from '../../testing/mentor-record.factory';
import { buildRecommendationRequest } from '../../testing/recommendation-request.factory';
import { buildSkillCatalog } from '../../testing/skill-catalog.factory';
import { Bm25MentorTextRanker, CatalogTextUnderstanding, toTextRelevance } from '../../text/domain';
import { buildSkillGraph, DEFAULT_MATCHING_WEIGHTS, MentorIndex } from './index';

describe('free-text question to explained recommendations (domain flow)', () => {
  const skillCatalog = buildSkillCatalog();
  const textCatalog = { ...skillCatalog, topics: ['career growth', 'incident response'] };
  const mentors = [
    buildMentorRecord({
      mentorId: 'helm-expert',
      skills: [{ skillId: 'helm', level: 5 }],
      topics: ['incident response'],
    }),
    buildMentorRecord({ mentorId: 'k8s-expert', skills: [{ skillId: 'kubernetes', level: 5 }], topics: [] }),
    buildMentorRecord({
      mentorId: 'go-dev',
      skills: [{ skillId: 'go', level: 5 }],
      topics: ['career growth'],
    }),
  ];
  const bios: Record<string, string> = {
    'helm-expert': 'I maintain our Helm charts and wrote the release pipeline.',
    'k8s-expert': 'Cluster operations, upgrades and on-call for Kubernetes.',
    'go-dev': 'Backend services in Go; happy to talk about careers.',
  };

  it('extracts skills and topics, ranks bios with BM25 and explains the result', async () => {
    const ranker = new Bm25MentorTextRanker();
    for (const mentor of mentors) {
      ranker.upsert({
        mentorId: mentor.mentorId,
        bio: bios[mentor.mentorId],
        topics: mentor.topics,
        skillNames: [],
      });
    }
    const question = 'Our helm charts broke during an incident response, who can help?';
    const extraction = await new CatalogTextUnderstanding().extract(question, textCatalog);
    const request = buildRecommendationRequest({
      skills: extraction.skills.map((skill) => ({ skillId: skill.skillId, weight: skill.confidence })),
      topics: extraction.topics.map((topic) => ({ topic: topic.topic, weight: topic.confidence })),
      textRelevance: toTextRelevance(await ranker.rank(question, 20)),
    });
    const context = {
      policy: { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting: false },
      skills: buildSkillGraph(skillCatalog),
    };
    const result = MentorIndex.build(mentors, context).topK(request, 3, TEST_NOW);
    expect(extraction.skills.map((skill) => skill.skillId)).toEqual(['helm']);
    expect(result.mentors.map((mentor) => mentor.mentorId)).toEqual(['helm-expert', 'k8s-expert', 'go-dev']);
    const words = result.mentors[1].breakdown.find((entry) => entry.component === 'skill')?.explanation;
    expect(words).toBe('Helm: related skill Kubernetes level 5/5 (wanted 1+)');
  });
});
