/**
 * Half-open intervals [start, end) in epoch milliseconds and the sorted-list arithmetic the slot
 * search is built on. Every function takes lists sorted by start and returns sorted lists;
 * cost is linear in the input sizes.
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) {
      if (next.end > last.end) merged[merged.length - 1] = { start: last.start, end: next.end };
    } else {
      merged.push(next);
    }
  }
  return merged;
}

/** `base` minus `cut`; both sorted, `cut` merged. Extra fields of `base` items are kept on the pieces. */
export function subtractIntervals<T extends Interval>(base: readonly T[], cut: readonly Interval[]): T[] {
  const result: T[] = [];
  let j = 0;
  for (const interval of base) {
    let cursor = interval.start;
    while (j < cut.length && cut[j].end <= cursor) j++;
    let k = j;
    while (k < cut.length && cut[k].start < interval.end) {
      if (cut[k].start > cursor) result.push({ ...interval, start: cursor, end: cut[k].start });
      cursor = Math.max(cursor, cut[k].end);
      k++;
    }
    if (cursor < interval.end)
      result.push(cursor === interval.start ? interval : { ...interval, start: cursor });
  }
  return result;
}

/** Intersection of two sorted lists of disjoint intervals. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (start < end) result.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return result;
}

/** Clips intervals to [from, to), keeping extra fields. */
export function clipIntervals<T extends Interval>(intervals: readonly T[], from: number, to: number): T[] {
  const result: T[] = [];
  for (const i of intervals) {
    const start = Math.max(i.start, from);
    const end = Math.min(i.end, to);
    if (start < end) result.push(start === i.start && end === i.end ? i : { ...i, start, end });
  }
  return result;
}
