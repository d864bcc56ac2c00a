const BINS = 64;

/**
 * Visits candidates in roughly descending order of an upper bound (a 64-bin counting sort), so
 * the k-th best score rises early and most candidates are skipped. Stops at the first bin whose
 * largest bound is below `threshold()`: every later candidate has a smaller bound. Reuses its
 * buffers across queries. Usage: fill `boundsFor(n)` with the bound of each candidate, then `visit`.
 */
export class DescendingBoundOrder {
  private bounds = new Float64Array(0);
  private bins = new Int32Array(0);
  private order = new Int32Array(0);
  private readonly starts = new Int32Array(BINS + 1);
  private readonly cursor = new Int32Array(BINS);
  private readonly binMax = new Float64Array(BINS);

  /** The buffer to write candidate i's bound to, for i < count. */
  boundsFor(count: number): Float64Array {
    this.ensureCapacity(count);
    return this.bounds;
  }

  visit(
    slots: readonly number[],
    threshold: () => number,
    visit: (slot: number, bound: number) => void,
  ): void {
    const count = slots.length;
    if (count === 0) return;
    this.sortIntoBins(count);
    const { bounds, order, starts, binMax } = this;
    for (let bin = 0; bin < BINS; bin++) {
      if (starts[bin] === starts[bin + 1]) continue;
      if (binMax[bin] < threshold()) return;
      for (let j = starts[bin]; j < starts[bin + 1]; j++) visit(slots[order[j]], bounds[order[j]]);
    }
  }

  private sortIntoBins(count: number): void {
    const { bounds, bins, order, starts, cursor, binMax } = this;
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < count; i++) {
      const bound = bounds[i];
      if (bound < low) low = bound;
      if (bound > high) high = bound;
    }
    const scale = high > low ? BINS / (high - low) : 0;
    starts.fill(0);
    binMax.fill(-Infinity);
    for (let i = 0; i < count; i++) {
      const bin = Math.max(0, BINS - 1 - Math.floor((bounds[i] - low) * scale));
      bins[i] = bin;
      starts[bin + 1]++;
      if (bounds[i] > binMax[bin]) binMax[bin] = bounds[i];
    }
    for (let bin = 0; bin < BINS; bin++) {
      starts[bin + 1] += starts[bin];
      cursor[bin] = starts[bin];
    }
    for (let i = 0; i < count; i++) order[cursor[bins[i]]++] = i;
  }

  private ensureCapacity(count: number): void {
    if (count <= this.bounds.length) return;
    const size = Math.max(count, this.bounds.length * 2);
    this.bounds = new Float64Array(size);
    this.bins = new Int32Array(size);
    this.order = new Int32Array(size);
  }
}
