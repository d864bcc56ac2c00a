/**
 * Mentors grouped by a request-independent partial score in [0, maxValue] (quality and load).
 * Walking buckets from the top gives a decreasing upper bound for everyone not yet visited.
 */
export class StaticBoundBuckets {
  private readonly members: number[][];
  private bucketOf = new Int32Array(0);
  private positionOf = new Int32Array(0);

  constructor(
    private readonly maxValue: number,
    readonly count = 64,
  ) {
    this.members = Array.from({ length: count }, () => []);
  }

  /** Largest value a member of `bucket` can have. */
  upperBound(bucket: number): number {
    return (this.maxValue * (bucket + 1)) / this.count;
  }

  membersOf(bucket: number): readonly number[] {
    return this.members[bucket];
  }

  place(slot: number, value: number): void {
    this.ensureCapacity(slot + 1);
    if (this.bucketOf[slot] >= 0) this.remove(slot);
    const scaled = this.maxValue > 0 ? Math.floor((value / this.maxValue) * this.count) : 0;
    const bucket = Math.min(this.count - 1, Math.max(0, scaled));
    this.bucketOf[slot] = bucket;
    this.positionOf[slot] = this.members[bucket].length;
    this.members[bucket].push(slot);
  }

  remove(slot: number): void {
    const bucket = slot < this.bucketOf.length ? this.bucketOf[slot] : -1;
    if (bucket < 0) return;
    const list = this.members[bucket];
    const position = this.positionOf[slot];
    const moved = list[list.length - 1];
    list[position] = moved;
    this.positionOf[moved] = position;
    list.pop();
    this.bucketOf[slot] = -1;
  }

  private ensureCapacity(size: number): void {
    if (size <= this.bucketOf.length) return;
    const capacity = Math.max(size, this.bucketOf.length * 2, 16);
    const bucketOf = new Int32Array(capacity).fill(-1);
    bucketOf.set(this.bucketOf);
    const positionOf = new Int32Array(capacity);
    positionOf.set(this.positionOf);
    this.bucketOf = bucketOf;
    this.positionOf = positionOf;
  }
}
