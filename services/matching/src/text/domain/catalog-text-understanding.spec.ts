import { CatalogTextUnderstanding, type TextCatalog } from './index';

const catalog: TextCatalog = {
  skills: [
    { skillId: 'k8s', name: 'Kubernetes', aliases: ['k8s', 'kubernetes cluster'], related: [] },
    { skillId: 'helm', name: 'Helm', aliases: ['helm charts'], related: [{ skillId: 'k8s', strength: 0.5 }] },
    { skillId: 'node', name: 'Node.js', aliases: [], related: [] },
    { skillId: 'go', name: 'Go', aliases: ['golang'], related: [] },
    { skillId: 'pm', name: 'Product management', aliases: ['product manager'], related: [] },
    { skillId: 'docker', name: 'Docker', aliases: [], related: [{ skillId: 'k8s', strength: 0.6 }] },
  ],
  topics: ['career growth', 'public speaking'],
};

const understanding = new CatalogTextUnderstanding();
const extract = (question: string) => understanding.extractNow(question, catalog);

describe('CatalogTextUnderstanding', () => {
  it('finds skills by name and by multi-word alias, longest phrase first', async () => {
    const result = await understanding.extract(
      'How do I template helm charts for our Kubernetes clusters?',
      catalog,
    );
    expect(
      result.skills.map((skill) => [skill.skillId, skill.confidence, skill.via, skill.matchedText]),
    ).toEqual([
      ['helm', 0.9, 'ALIAS', 'helm charts'],
      ['k8s', 0.9, 'ALIAS', 'Kubernetes clusters'],
    ]);
  });

  it('matches a compact spelling of a dotted or multi-word name with lower confidence', () => {
    const [skill] = extract('debugging memory leaks in nodejs').skills;
    expect(skill).toMatchObject({ skillId: 'node', via: 'NAME' });
    expect(skill.confidence).toBeCloseTo(0.9);
    expect(extract('our productmanagement process').skills[0]).toMatchObject({ skillId: 'pm' });
  });

  it('discounts short words that may be plain English unless capitalized mid-sentence', () => {
    expect(extract('where do I go from here').skills).toEqual([
      { skillId: 'go', confidence: 0.5, matchedText: 'go', via: 'NAME' },
    ]);
    expect(extract('I need help with Go generics').skills[0].confidence).toBe(0.8);
    expect(extract('golang generics').skills[0].confidence).toBe(0.9);
  });

  it('suggests related skills of the named ones, in both directions', () => {
    const result = extract('Kubernetes operators');
    expect(result.relatedSkills).toEqual([
      { skillId: 'docker', confidence: 0.6, viaSkillId: 'k8s' },
      { skillId: 'helm', confidence: 0.5, viaSkillId: 'k8s' },
    ]);
  });

  it('finds topics and returns retrieval terms without stop words', () => {
    const result = extract('Any tips on public speaking for my career growth?');
    expect(result.topics.map((topic) => topic.topic)).toEqual(['career growth', 'public speaking']);
    expect(result.terms).toEqual(['tip', 'public', 'speaking', 'career', 'growth']);
  });

  it('returns nothing for a question without catalog words', () => {
    const result = extract('What is the meaning of life?');
    expect(result.skills).toEqual([]);
    expect(result.topics).toEqual([]);
  });
});
