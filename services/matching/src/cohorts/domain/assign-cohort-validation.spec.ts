import { MatchingError } from '../../matching.errors';
import { assignCohort, type CohortAssignmentInput } from './index';

const base: CohortAssignmentInput = {
  mentees: [{ menteeId: 'a' }, { menteeId: 'b' }],
  mentors: [
    { mentorId: 'x', capacity: 1 },
    { mentorId: 'y', capacity: 1 },
  ],
  pairs: [
    { menteeId: 'a', mentorId: 'x', score: 0.5 },
    { menteeId: 'b', mentorId: 'y', score: 0.5 },
  ],
};

const failure = (input: Partial<CohortAssignmentInput>): { code: string; field: string } | null => {
  try {
    assignCohort({ ...base, ...input });
    return null;
  } catch (error) {
    if (error instanceof MatchingError) return { code: error.code, field: error.field };
    throw error;
  }
};

describe('assignCohort input validation', () => {
  it('names the mentor with a negative or fractional capacity', () => {
    expect(
      failure({
        mentors: [
          { mentorId: 'x', capacity: 1 },
          { mentorId: 'y', capacity: -1 },
        ],
      }),
    ).toEqual({
      code: 'MATCHING.INVALID_INPUT',
      field: 'mentors[1].capacity',
    });
    expect(failure({ mentors: [{ mentorId: 'x', capacity: 1.5 }] })?.field).toBe('mentors[0].capacity');
  });

  it('names pairs with unknown people, bad scores or duplicates', () => {
    expect(failure({ pairs: [{ menteeId: 'z', mentorId: 'x', score: 1 }] })?.field).toBe('pairs[0].menteeId');
    expect(failure({ pairs: [{ menteeId: 'a', mentorId: 'x', score: 1.2 }] })?.field).toBe('pairs[0].score');
    expect(failure({ pairs: [...base.pairs, { menteeId: 'a', mentorId: 'x', score: 0.1 }] })?.field).toMatch(
      /^pairs\[\d\]$/,
    );
  });

  it('names duplicate mentees and mentors', () => {
    expect(failure({ mentees: [{ menteeId: 'a' }, { menteeId: 'a' }] })?.field).toBe('mentees[1].menteeId');
  });

  it('rejects pins that are not eligible, forbidden, doubled or over capacity', () => {
    expect(failure({ pins: [{ menteeId: 'a', mentorId: 'y' }] })?.field).toBe('pins[0]');
    expect(
      failure({ pins: [{ menteeId: 'a', mentorId: 'x' }], forbids: [{ menteeId: 'a', mentorId: 'x' }] })
        ?.field,
    ).toBe('pins[0]');
    const twice = [
      { menteeId: 'a', mentorId: 'x' },
      { menteeId: 'a', mentorId: 'x' },
    ];
    expect(failure({ pins: twice })?.field).toBe('pins[1].menteeId');
    const crowded = { pairs: [...base.pairs, { menteeId: 'b', mentorId: 'x', score: 0.2 }] };
    expect(
      failure({
        ...crowded,
        pins: [
          { menteeId: 'a', mentorId: 'x' },
          { menteeId: 'b', mentorId: 'x' },
        ],
      })?.field,
    ).toBe('pins[1].mentorId');
    expect(failure({ forbids: [{ menteeId: 'q', mentorId: 'x' }] })?.field).toBe('forbids[0].menteeId');
  });

  it('rejects an assignment without any feasible pair', () => {
    expect(failure({ pairs: [] })).toEqual({ code: 'MATCHING.NO_FEASIBLE_PAIRS', field: 'pairs' });
    expect(
      failure({ forbids: base.pairs.map(({ menteeId, mentorId }) => ({ menteeId, mentorId })) })?.code,
    ).toBe('MATCHING.NO_FEASIBLE_PAIRS');
  });
});
