import { intersectIntervals, mergeIntervals, subtractIntervals } from './interval';

const i = (start: number, end: number): { start: number; end: number } => ({ start, end });

describe('interval arithmetic', () => {
  it('merges overlapping and touching intervals and drops empty ones', () => {
    expect(mergeIntervals([i(5, 7), i(0, 2), i(2, 3), i(6, 9), i(4, 4)])).toEqual([i(0, 3), i(5, 9)]);
  });

  it('subtracts a cut spanning several base intervals', () => {
    expect(subtractIntervals([i(0, 10), i(12, 20), i(25, 30)], [i(5, 14), i(18, 26)])).toEqual([
      i(0, 5),
      i(14, 18),
      i(26, 30),
    ]);
  });

  it('keeps extra fields on subtracted pieces', () => {
    expect(subtractIntervals([{ start: 0, end: 10, dateKey: 'd' }], [i(3, 4)])).toEqual([
      { start: 0, end: 3, dateKey: 'd' },
      { start: 4, end: 10, dateKey: 'd' },
    ]);
  });

  it('intersects two sorted lists', () => {
    expect(intersectIntervals([i(0, 5), i(8, 12)], [i(3, 9), i(11, 20)])).toEqual([
      i(3, 5),
      i(8, 9),
      i(11, 12),
    ]);
  });
});
