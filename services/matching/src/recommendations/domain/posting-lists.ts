/** One key's postings: parallel arrays of mentor slots and a per-posting value (e.g. skill level). */
export interface Postings {
  readonly slots: readonly number[];
  readonly values: readonly number[];
}

interface MutablePostings {
  slots: number[];
  values: number[];
}

/** Inverted index key → mentor slots, with O(1) append and O(length) removal (swap with last). */
export class PostingLists {
  private readonly lists = new Map<string, MutablePostings>();

  get(key: string): Postings | undefined {
    return this.lists.get(key);
  }

  add(key: string, slot: number, value: number): void {
    let list = this.lists.get(key);
    if (list === undefined) {
      list = { slots: [], values: [] };
      this.lists.set(key, list);
    }
    list.slots.push(slot);
    list.values.push(value);
  }

  remove(key: string, slot: number): void {
    const list = this.lists.get(key);
    if (list === undefined) return;
    const position = list.slots.indexOf(slot);
    if (position < 0) return;
    const last = list.slots.length - 1;
    list.slots[position] = list.slots[last];
    list.values[position] = list.values[last];
    list.slots.pop();
    list.values.pop();
    if (list.slots.length === 0) this.lists.delete(key);
  }
}
