import { AssignmentFlowNetwork } from './assignment-flow-network';

/**
 * A capacitated assignment in CSR form. Row r has `rowSupply[r]` units; each unit either goes
 * to a column `edgeColumn[e]` at cost `edgeCost[e]` for e in [edgeStart[r], edgeStart[r + 1])
 * (at most one unit per edge) or stays unassigned at `unassignedCost[r]` (at most
 * `unassignedLimit[r]` units, default all). Column c takes at most `columnCapacity[c]` units.
 * All costs are integers ≥ 0.
 */
export interface AssignmentFlowProblem {
  readonly rowSupply: Int32Array;
  readonly columnCapacity: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeColumn: Int32Array;
  readonly edgeCost: Float64Array;
  readonly unassignedCost: Float64Array;
  readonly unassignedLimit?: Int32Array;
}

export interface AssignmentFlowSolution {
  /** 1 when edge e carries a unit. */
  readonly edgeUsed: Uint8Array;
  /** Unassigned units per row. */
  readonly unassigned: Int32Array;
  /** Units that could not be routed at all (only possible with `unassignedLimit`). */
  readonly unrouted: number;
  readonly totalCost: number;
}

/**
 * Minimum-cost assignment of every unit of supply, rows in index order, one unit at a time along
 * cheapest residual paths (successive shortest paths): optimal for the supplies it routes. With
 * an unassigned cost above any possible score gain it assigns as many units as possible first.
 * Deterministic for a given problem.
 */
export function solveAssignmentFlow(problem: AssignmentFlowProblem): AssignmentFlowSolution {
  const network = new AssignmentFlowNetwork(problem);
  let unrouted = 0;
  problem.rowSupply.forEach((supply, row) => {
    for (let unit = 0; unit < supply; unit++) if (!network.route(row)) unrouted++;
  });
  return { edgeUsed: network.used, unassigned: network.unassigned, unrouted, totalCost: network.totalCost };
}
