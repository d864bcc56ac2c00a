import { analyzeText, stemToken, tokenizeText } from './index';

const terms = (text: string): readonly string[] => tokenizeText(text).map((token) => token.term);

describe('tokenizeText', () => {
  it('keeps technical names whole: C++, C#, .NET, Node.js', () => {
    expect(terms('Moving from C++ and C# to .NET or Node.js?')).toEqual([
      'moving',
      'from',
      'c++',
      'and',
      'c#',
      'to',
      '.net',
      'or',
      'node.js',
    ]);
  });

  it('splits on hyphens and slashes and drops possessives and apostrophes', () => {
    expect(terms("Kafka's CI/CD front-end, don't")).toEqual(['kafka', 'ci', 'cd', 'front', 'end', 'dont']);
  });

  it('folds case and accents', () => {
    expect(terms('Déploiement ÜBER Straße')).toEqual(['deploiement', 'uber', 'straße']);
  });

  it('keeps the original spelling next to the normalized term', () => {
    expect(tokenizeText('Kubernetes')[0]).toEqual({
      original: 'Kubernetes',
      normalized: 'kubernetes',
      term: 'kubernete',
    });
  });
});

describe('stemToken', () => {
  it('folds plurals conservatively and leaves short or technical words alone', () => {
    expect(stemToken('microservices')).toBe('microservice');
    expect(stemToken('queries')).toBe('query');
    expect(stemToken('clusters')).toBe('cluster');
    expect(stemToken('address')).toBe('address');
    expect(stemToken('status')).toBe('status');
    expect(stemToken('aws')).toBe('aws');
    expect(stemToken('s3s')).toBe('s3s');
  });
});

describe('analyzeText', () => {
  it('drops stop words before stemming and stems the rest', () => {
    expect(analyzeText('I need help with scaling the Kafka consumers')).toEqual([
      'scaling',
      'kafka',
      'consumer',
    ]);
  });
});
