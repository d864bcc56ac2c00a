import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeSupergraph } from '../src/compose';
import { SUBGRAPHS } from '../src/subgraphs';

const root = resolve(__dirname, '../..');
const committed = SUBGRAPHS.map((name) => ({
  name,
  sdl: readFileSync(resolve(root, `services/${name}/schema.gql`), 'utf8'),
}));

describe('supergraph composition (contract)', () => {
  it('composes the five committed subgraph schemas', () => {
    const supergraph = composeSupergraph(committed);
    expect(supergraph).toContain('type Employee');
    expect(supergraph).toMatch(/join__type\(graph: MATCHING, key: "id"\)/);
  });

  it('matches the committed supergraph the gateway serves', () => {
    expect(composeSupergraph(committed)).toBe(
      readFileSync(resolve(root, 'gateway/supergraph.graphql'), 'utf8'),
    );
  });

  it('fails when two subgraphs disagree on a field they share', () => {
    const clash = committed.map((s) =>
      s.name === 'matching'
        ? { ...s, sdl: `${s.sdl}\ntype Tenant @key(fields: "id") { id: ID! slug: Int! }\n` }
        : s,
    );
    expect(() => composeSupergraph(clash)).toThrow(/supergraph composition failed/);
  });
});
