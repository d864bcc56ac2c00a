/** Anything ranked by score (higher first), ties broken by mentor id (code-unit order, ascending). */
export interface Rankable {
  readonly mentorId: string;
  readonly score: number;
}

/** Total order of the results: score descending, then mentor id ascending. */
export function compareRanked(a: Rankable, b: Rankable): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.mentorId === b.mentorId) return 0;
  return a.mentorId < b.mentorId ? -1 : 1;
}

/** Keeps the best `k` items under `compareRanked`; k is small (≤ 100), so a sorted array suffices. */
export class TopKCollector<T extends Rankable> {
  private readonly items: T[] = [];

  constructor(private readonly k: number) {}

  /** Score an item must reach to possibly enter; -Infinity until k items were collected. */
  get threshold(): number {
    return this.items.length < this.k ? -Infinity : this.items[this.items.length - 1].score;
  }

  offer(item: T): void {
    const items = this.items;
    if (items.length === this.k && compareRanked(item, items[items.length - 1]) >= 0) return;
    let position = items.length;
    while (position > 0 && compareRanked(item, items[position - 1]) < 0) position--;
    items.splice(position, 0, item);
    if (items.length > this.k) items.pop();
  }

  /** The collected items, best first. */
  sorted(): readonly T[] {
    return [...this.items];
  }
}
