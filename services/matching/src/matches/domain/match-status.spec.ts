import { canMoveMatch } from './match-status';

describe('match status transitions', () => {
  it('lets a proposal be answered, expire or be withdrawn', () => {
    for (const to of ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const) {
      expect(canMoveMatch('PROPOSED', to)).toBe(true);
    }
  });

  it('never reopens or re-answers a final match', () => {
    expect(canMoveMatch('DECLINED', 'ACCEPTED')).toBe(false);
    expect(canMoveMatch('EXPIRED', 'ACCEPTED')).toBe(false);
    expect(canMoveMatch('ACCEPTED', 'DECLINED')).toBe(false);
    expect(canMoveMatch('WITHDRAWN', 'PROPOSED')).toBe(false);
  });
});
