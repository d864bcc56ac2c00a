import { levelFit } from './level-fit';
import type { MentorSlots } from './mentor-slots';
import type { PostingLists } from './posting-lists';
import type { PreparedRecommendation } from './prepared-recommendation';

/**
 * Scratch space of one index query: walks the skill, topic and text postings of a request and
 * accumulates, per touched mentor slot, the weighted skill + topic + text contribution (exact up
 * to floating-point summation order). Untouched slots contribute 0. Generation stamps make
 * resetting O(touched) instead of O(mentors).
 */
export class QueryAccumulator {
  /** Slots with a posting hit, each once. */
  readonly touched: number[] = [];
  partial = new Float64Array(0);
  private best = new Float64Array(0);
  private readonly bestTouched: number[] = [];
  private mark = new Uint32Array(0);
  private bestMark = new Uint32Array(0);
  private visitMark = new Uint32Array(0);
  private generation = 0;
  private bestGeneration = 0;

  run(
    prepared: PreparedRecommendation,
    slots: MentorSlots,
    skills: PostingLists,
    topics: PostingLists,
  ): void {
    this.begin(slots.capacity);
    const m = prepared.multipliers;
    for (const query of prepared.skillQueries) {
      this.bestGeneration = this.nextStamp(this.bestGeneration, this.bestMark);
      for (const [skillId, strength] of query.expansion) {
        const postings = skills.get(skillId);
        if (postings !== undefined) this.takeBest(postings.slots, postings.values, strength, query.minLevel);
      }
      const weight = m.skill * query.share;
      for (const slot of this.bestTouched) this.partial[this.touch(slot)] += weight * this.best[slot];
      this.bestTouched.length = 0;
    }
    for (const [topic, share] of prepared.topicShares) {
      for (const slot of topics.get(topic)?.slots ?? []) this.partial[this.touch(slot)] += m.topic * share;
    }
    for (const [mentorId, relevance] of prepared.textRelevance) {
      const slot = slots.slotOf(mentorId);
      if (slot !== undefined) this.partial[this.touch(slot)] += m.text * relevance;
    }
  }

  isTouched(slot: number): boolean {
    return this.mark[slot] === this.generation;
  }

  /** Marks a slot as considered by this query; false when it already was. */
  markVisited(slot: number): boolean {
    if (this.visitMark[slot] === this.generation) return false;
    this.visitMark[slot] = this.generation;
    return true;
  }

  private takeBest(
    slots: readonly number[],
    levels: readonly number[],
    strength: number,
    minLevel: number,
  ): void {
    const { best, bestMark, bestGeneration } = this;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      const match = strength * levelFit(levels[i], minLevel);
      if (bestMark[slot] !== bestGeneration) {
        bestMark[slot] = bestGeneration;
        best[slot] = match;
        this.bestTouched.push(slot);
      } else if (match > best[slot]) {
        best[slot] = match;
      }
    }
  }

  private touch(slot: number): number {
    if (this.mark[slot] !== this.generation) {
      this.mark[slot] = this.generation;
      this.partial[slot] = 0;
      this.touched.push(slot);
    }
    return slot;
  }

  private begin(capacity: number): void {
    if (this.mark.length < capacity) {
      const size = Math.max(capacity, this.mark.length * 2);
      this.partial = new Float64Array(size);
      this.best = new Float64Array(size);
      this.mark = new Uint32Array(size);
      this.bestMark = new Uint32Array(size);
      this.visitMark = new Uint32Array(size);
      this.generation = 0;
      this.bestGeneration = 0;
    }
    this.touched.length = 0;
    this.generation = this.nextStamp(this.generation, this.mark, this.visitMark);
  }

  private nextStamp(current: number, ...marks: Uint32Array[]): number {
    if (current < 0xffffffff) return current + 1;
    for (const array of marks) array.fill(0);
    return 1;
  }
}
