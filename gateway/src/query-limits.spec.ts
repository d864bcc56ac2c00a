import { buildSchema, parse, validate } from 'graphql';
import { queryLimitRules } from './query-limits';

const schema = buildSchema(`
  type Person { name: String, manager: Person, reports: [Person] }
  type Query { me: Person }
`);

function errorsOf(query: string, maxDepth = 4, maxAliases = 3): string[] {
  return validate(schema, parse(query), queryLimitRules(maxDepth, maxAliases)).map((e) => e.message);
}

describe('query limits', () => {
  it('accepts a query at the depth limit', () => {
    expect(errorsOf('{ me { manager { manager { name } } } }')).toEqual([]);
  });

  it('rejects a query one level deeper than the limit', () => {
    expect(errorsOf('{ me { manager { manager { manager { name } } } } }')).toEqual([
      'query depth exceeds the limit of 4',
    ]);
  });

  it('counts depth through fragments and inline fragments', () => {
    const query = `
      query { me { ...A } }
      fragment A on Person { manager { ... on Person { manager { ...B } } } }
      fragment B on Person { reports { name } }`;
    expect(errorsOf(query)).toEqual(['query depth exceeds the limit of 4']);
  });

  it('rejects more aliases than allowed, once', () => {
    expect(errorsOf('{ a: me { name } b: me { name } c: me { name } d: me { x: name } }')).toEqual([
      'more than 3 aliases in one query',
    ]);
    expect(errorsOf('{ a: me { name } b: me { name } c: me { name } }')).toEqual([]);
  });
});
