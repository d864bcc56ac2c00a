import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_SUBGRAPH_PORTS, SubgraphName } from './subgraphs';

export interface SubgraphSdl {
  readonly name: SubgraphName;
  readonly sdl: string;
}

/** Composes subgraph SDLs into the supergraph, or throws with every composition error. */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({
      name,
      typeDefs: parse(sdl),
      url: `http://localhost:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`,
    })),
  );
  if (result.errors && result.errors.length > 0) {
    throw new Error(
      `supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return result.supergraphSdl!;
}
