import { solveAssignmentFlow, type AssignmentFlowProblem } from './index';

const problem = (overrides: Partial<AssignmentFlowProblem>): AssignmentFlowProblem => ({
  rowSupply: Int32Array.of(1, 1),
  columnCapacity: Int32Array.of(1, 1),
  edgeStart: Int32Array.of(0, 2, 4),
  edgeColumn: Int32Array.of(0, 1, 0, 1),
  edgeCost: Float64Array.of(2, 4, 1, 9),
  unassignedCost: Float64Array.of(100, 100),
  ...overrides,
});

describe('solveAssignmentFlow', () => {
  it('reroutes an earlier unit when that makes the total cheaper', () => {
    // Row 0 takes column 0 first (2); row 1 also wants it (1), so row 0 moves to column 1 (4): 5 < 2 + 9.
    const solution = solveAssignmentFlow(problem({}));
    expect([...solution.edgeUsed]).toEqual([0, 1, 1, 0]);
    expect(solution.totalCost).toBe(5);
  });

  it('leaves a unit unassigned only when no column has room, and reports units it cannot route', () => {
    const full = solveAssignmentFlow(problem({ columnCapacity: Int32Array.of(1, 0) }));
    expect([...full.unassigned]).toEqual([1, 0]);
    expect(full.totalCost).toBe(101);
    const limited = solveAssignmentFlow(
      problem({ columnCapacity: Int32Array.of(1, 0), unassignedLimit: Int32Array.of(0, 0) }),
    );
    expect(limited.unrouted).toBe(1);
  });

  it('routes several units of one row to different columns, never twice over one edge', () => {
    const solution = solveAssignmentFlow(
      problem({
        rowSupply: Int32Array.of(3),
        columnCapacity: Int32Array.of(5, 5),
        edgeStart: Int32Array.of(0, 2),
        edgeColumn: Int32Array.of(0, 1),
        edgeCost: Float64Array.of(1, 2),
        unassignedCost: Float64Array.of(50),
      }),
    );
    expect([...solution.edgeUsed]).toEqual([1, 1]);
    expect([...solution.unassigned]).toEqual([1]);
    expect(solution.totalCost).toBe(53);
  });
});
