/**
 * A regular bipartite multigraph: every left vertex and every right vertex has degree `degree`,
 * left and right sides have the same size. Edges are (left, right) pairs; parallel edges allowed.
 */
export interface RegularBipartiteGraph {
  readonly vertexCount: number;
  readonly degree: number;
  readonly edgeLeft: Int32Array;
  readonly edgeRight: Int32Array;
}

/** Finds a perfect matching on the alive edges (Kuhn's augmenting paths after a greedy start). */
function perfectMatching(
  graph: RegularBipartiteGraph,
  adjacency: readonly number[][],
  alive: Uint8Array,
): Int32Array {
  const { vertexCount, edgeRight } = graph;
  const edgeOfLeft = new Int32Array(vertexCount).fill(-1);
  const leftOfRight = new Int32Array(vertexCount).fill(-1);
  const visited = new Uint32Array(vertexCount);
  const augment = (left: number, stamp: number): boolean => {
    for (const edge of adjacency[left]) {
      const right = edgeRight[edge];
      if (alive[edge] === 0 || visited[right] === stamp) continue;
      visited[right] = stamp;
      const holder = leftOfRight[right];
      if (holder < 0 || augment(holder, stamp)) {
        edgeOfLeft[left] = edge;
        leftOfRight[right] = left;
        return true;
      }
    }
    return false;
  };
  for (let left = 0; left < vertexCount; left++) {
    for (const edge of adjacency[left]) {
      if (alive[edge] === 1 && leftOfRight[edgeRight[edge]] < 0) {
        edgeOfLeft[left] = edge;
        leftOfRight[edgeRight[edge]] = left;
        break;
      }
    }
  }
  for (let left = 0; left < vertexCount; left++) {
    if (edgeOfLeft[left] < 0 && !augment(left, left + 1)) throw new Error('graph is not regular');
  }
  return edgeOfLeft;
}

/**
 * Splits a d-regular bipartite multigraph into d perfect matchings (König: a regular bipartite
 * graph always has one, and removing it leaves a (d − 1)-regular graph). Returns, per matching,
 * the edge chosen for each left vertex.
 */
export function peelPerfectMatchings(graph: RegularBipartiteGraph): Int32Array[] {
  const adjacency: number[][] = Array.from({ length: graph.vertexCount }, () => []);
  graph.edgeLeft.forEach((left, edge) => adjacency[left].push(edge));
  const alive = new Uint8Array(graph.edgeLeft.length).fill(1);
  const matchings: Int32Array[] = [];
  for (let round = 0; round < graph.degree; round++) {
    const matching = perfectMatching(graph, adjacency, alive);
    for (const edge of matching) alive[edge] = 0;
    matchings.push(matching);
  }
  return matchings;
}
