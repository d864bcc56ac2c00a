import { NodeHeap } from './node-heap';
import type { AssignmentFlowProblem } from './solve-assignment-flow';

const VIA_SINK = -1;
const VIA_UNASSIGNED = -2;

/**
 * Residual network of a capacitated bipartite assignment, specialised for speed: a column only
 * walks the edges currently routed through it (not every edge it has), and the "unassigned" node
 * only the rows with unassigned units. Nodes: rows [0, R), columns [R, R + C), unassigned R + C,
 * sink R + C + 1.
 *
 * Successive shortest paths with Johnson potentials: `route(row)` sends one unit from `row` to
 * the sink along a cheapest residual path (Dijkstra on reduced costs, which stay ≥ 0 because all
 * costs are integers ≥ 0 and potentials start at 0). After a search that settled the sink at
 * distance d_t, every settled node u gets p(u) += dist(u) − d_t (the usual p += min(dist, d_t),
 * shifted by a constant). Hence after every unit the flow is min-cost for the units routed so far.
 */
export class AssignmentFlowNetwork {
  readonly used: Uint8Array;
  readonly unassigned: Int32Array;
  private readonly edgeRow: Int32Array;
  private readonly usedBy: number[][];
  private readonly usedPosition: Int32Array;
  private readonly load: Int32Array;
  private readonly unassignedRows: number[] = [];
  private readonly unassignedPosition: Int32Array;
  private readonly potential: Float64Array;
  private readonly distance: Float64Array;
  private readonly parentNode: Int32Array;
  private readonly parentVia: Int32Array;
  private readonly seen: Uint32Array;
  private readonly settled: Uint32Array;
  private readonly settledNodes: number[] = [];
  private readonly heap = new NodeHeap();
  private readonly rows: number;
  private readonly columns: number;
  private stamp = 0;
  totalCost = 0;

  constructor(private readonly problem: AssignmentFlowProblem) {
    this.rows = problem.rowSupply.length;
    this.columns = problem.columnCapacity.length;
    const nodes = this.rows + this.columns + 2;
    const edges = problem.edgeColumn.length;
    this.used = new Uint8Array(edges);
    this.usedPosition = new Int32Array(edges);
    this.edgeRow = new Int32Array(edges);
    for (let row = 0; row < this.rows; row++)
      this.edgeRow.fill(row, problem.edgeStart[row], problem.edgeStart[row + 1]);
    this.usedBy = Array.from({ length: this.columns }, () => []);
    this.load = new Int32Array(this.columns);
    this.unassigned = new Int32Array(this.rows);
    this.unassignedPosition = new Int32Array(this.rows).fill(-1);
    this.potential = new Float64Array(nodes);
    this.distance = new Float64Array(nodes);
    this.parentNode = new Int32Array(nodes);
    this.parentVia = new Int32Array(nodes);
    this.seen = new Uint32Array(nodes);
    this.settled = new Uint32Array(nodes);
  }

  /** Routes one unit of `row`'s supply; false when no residual path exists. */
  route(row: number): boolean {
    const sink = this.rows + this.columns + 1;
    if (!this.search(row, sink)) return false;
    const sinkDistance = this.distance[sink];
    for (const node of this.settledNodes) this.potential[node] += this.distance[node] - sinkDistance;
    for (let node = sink; node !== row; node = this.parentNode[node]) this.apply(this.parentNode[node], node);
    return true;
  }

  private search(source: number, sink: number): boolean {
    const stamp = ++this.stamp;
    this.settledNodes.length = 0;
    this.heap.clear();
    this.relax(source, 0, -1, VIA_SINK, stamp);
    const dummy = this.rows + this.columns;
    while (this.heap.size > 0) {
      const key = this.heap.peekKey();
      const node = this.heap.pop();
      if (this.settled[node] === stamp || key > this.distance[node]) continue;
      this.settled[node] = stamp;
      this.settledNodes.push(node);
      if (node === sink) return true;
      if (node < this.rows) this.relaxRow(node, key, stamp);
      else if (node < dummy) this.relaxColumn(node, key, stamp);
      else this.relaxUnassigned(node, key, stamp);
    }
    return false;
  }

  private relaxRow(row: number, key: number, stamp: number): void {
    const { edgeStart, edgeColumn, edgeCost, unassignedCost, unassignedLimit } = this.problem;
    const base = key + this.potential[row];
    for (let e = edgeStart[row]; e < edgeStart[row + 1]; e++) {
      if (this.used[e] === 1) continue;
      const column = this.rows + edgeColumn[e];
      this.relax(column, base + edgeCost[e] - this.potential[column], row, e, stamp);
    }
    const limit = unassignedLimit?.[row] ?? this.problem.rowSupply[row];
    const dummy = this.rows + this.columns;
    if (this.unassigned[row] < limit) {
      this.relax(dummy, base + unassignedCost[row] - this.potential[dummy], row, VIA_UNASSIGNED, stamp);
    }
  }

  private relaxColumn(node: number, key: number, stamp: number): void {
    const column = node - this.rows;
    const base = key + this.potential[node];
    const sink = this.rows + this.columns + 1;
    if (this.load[column] < this.problem.columnCapacity[column])
      this.relax(sink, base - this.potential[sink], node, VIA_SINK, stamp);
    for (const e of this.usedBy[column]) {
      const row = this.edgeRow[e];
      this.relax(row, base - this.problem.edgeCost[e] - this.potential[row], node, e, stamp);
    }
  }

  private relaxUnassigned(node: number, key: number, stamp: number): void {
    const base = key + this.potential[node];
    this.relax(node + 1, base - this.potential[node + 1], node, VIA_SINK, stamp);
    for (const row of this.unassignedRows) {
      this.relax(
        row,
        base - this.problem.unassignedCost[row] - this.potential[row],
        node,
        VIA_UNASSIGNED,
        stamp,
      );
    }
  }

  private relax(node: number, distance: number, parent: number, via: number, stamp: number): void {
    if (this.settled[node] === stamp) return;
    if (this.seen[node] === stamp && distance >= this.distance[node]) return;
    this.seen[node] = stamp;
    this.distance[node] = distance;
    this.parentNode[node] = parent;
    this.parentVia[node] = via;
    this.heap.push(distance, node);
  }

  /** Pushes one unit over the residual arc from → to (recorded by the search). */
  private apply(from: number, to: number): void {
    const via = this.parentVia[to];
    const dummy = this.rows + this.columns;
    if (via === VIA_SINK) {
      if (from < dummy) this.load[from - this.rows]++;
    } else if (via === VIA_UNASSIGNED) {
      const row = from < this.rows ? from : to;
      const delta = from < this.rows ? 1 : -1;
      this.totalCost += delta * this.problem.unassignedCost[row];
      this.setUnassigned(row, this.unassigned[row] + delta);
    } else {
      const isForward = from < this.rows;
      this.totalCost += (isForward ? 1 : -1) * this.problem.edgeCost[via];
      this.setUsed(via, isForward);
    }
  }

  private setUsed(edge: number, isUsed: boolean): void {
    const list = this.usedBy[this.problem.edgeColumn[edge]];
    this.used[edge] = isUsed ? 1 : 0;
    if (isUsed) {
      this.usedPosition[edge] = list.length;
      list.push(edge);
      return;
    }
    const last = list.pop() as number;
    if (last !== edge) {
      list[this.usedPosition[edge]] = last;
      this.usedPosition[last] = this.usedPosition[edge];
    }
  }

  private setUnassigned(row: number, count: number): void {
    this.unassigned[row] = count;
    const position = this.unassignedPosition[row];
    if (count > 0 && position < 0) {
      this.unassignedPosition[row] = this.unassignedRows.length;
      this.unassignedRows.push(row);
    } else if (count === 0 && position >= 0) {
      const last = this.unassignedRows.pop() as number;
      if (last !== row) {
        this.unassignedRows[position] = last;
        this.unassignedPosition[last] = position;
      }
      this.unassignedPosition[row] = -1;
    }
  }
}
