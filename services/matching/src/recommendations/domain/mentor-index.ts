import { explainCandidate } from './explain-candidate';
import { FreeSlotHourIndex } from './free-slot-hour-index';
import type { MentorRecord } from './mentor-record';
import { DescendingBoundOrder } from './descending-bound-order';
import { COLUMN, MentorSlots, STRIDE } from './mentor-slots';
import { PostingLists } from './posting-lists';
import { prepareRecommendation, type RecommendationContext } from './prepare-recommendation';
import { QueryAccumulator } from './query-accumulator';
import type { RecommendationResult } from './ranked-mentor';
import type { RecommendationRequest } from './recommendation-request';
import { OFFSET_SLOTS, searchMentorIndex, type MentorIndexState } from './search-mentor-index';
import { StaticBoundBuckets } from './static-bound-buckets';
import { validateMentorRecord } from './validate-mentor-record';

const maxLevelBySkill = (record: MentorRecord): Map<string, number> => {
  const levels = new Map<string, number>();
  for (const skill of record.skills)
    levels.set(skill.skillId, Math.max(levels.get(skill.skillId) ?? 0, skill.level));
  return levels;
};

/**
 * Per-tenant in-memory index of mentor records for fast, exact top-k recommendations.
 * Built from the read model, kept current with `upsert`/`remove` (one mentor at a time), and
 * answers `topK` with exactly the list `rankMentorsExhaustively` returns.
 *
 * How: inverted indexes (skill → mentors with level, topic → mentors) give the exact skill,
 * topic and text parts for the mentors they touch (everyone else has 0 there); typed columns give
 * the exact quality, load, time-zone and department parts; availability and language are bounded
 * by their best case. Every mentor gets an upper bound ≥ its true score. Candidates are visited in
 * descending bound order; untouched mentors by quality + load bucket. A mentor is skipped only
 * when its bound (or its bucket's) is below the current k-th score minus 1e-9, so it can neither
 * beat nor tie the k-th result: the answer equals exhaustive scoring, ties included (mentor id).
 * Scores always come from the shared `scoreCandidate`, so they are bit-identical.
 *
 * Not safe for overlapping queries (scratch buffers are reused); Node runs them one at a time.
 * Changing the tenant's weights needs a rebuild (the quality/load buckets depend on them).
 */
export class MentorIndex {
  private readonly slots: MentorSlots;
  private readonly skillPostings = new PostingLists();
  private readonly topicPostings = new PostingLists();
  private readonly freeHours = new FreeSlotHourIndex();
  private readonly availableNow = new Set<number>();
  private readonly buckets: StaticBoundBuckets;
  private readonly scratch = {
    accumulator: new QueryAccumulator(),
    order: new DescendingBoundOrder(),
    timeZoneBound: new Float64Array(OFFSET_SLOTS),
  };
  private readonly state: MentorIndexState;

  constructor(private readonly context: RecommendationContext) {
    const { weights } = context.policy;
    this.slots = new MentorSlots(weights);
    this.buckets = new StaticBoundBuckets(weights.quality + weights.load);
    this.state = {
      slots: this.slots,
      skillPostings: this.skillPostings,
      topicPostings: this.topicPostings,
      buckets: this.buckets,
      freeHours: this.freeHours,
      availableNow: this.availableNow,
    };
  }

  static build(records: Iterable<MentorRecord>, context: RecommendationContext): MentorIndex {
    const index = new MentorIndex(context);
    for (const record of records) index.upsert(record);
    return index;
  }

  get size(): number {
    return this.slots.size;
  }

  get(mentorId: string): MentorRecord | undefined {
    const slot = this.slots.slotOf(mentorId);
    return slot === undefined ? undefined : this.slots.record(slot);
  }

  /** Adds or replaces one mentor (validated; throws naming the bad field). */
  upsert(record: MentorRecord): void {
    validateMentorRecord(record);
    this.remove(record.mentorId);
    const slot = this.slots.put(record);
    for (const [skillId, level] of maxLevelBySkill(record)) this.skillPostings.add(skillId, slot, level);
    for (const topic of new Set(record.topics)) this.topicPostings.add(topic, slot, 1);
    this.freeHours.add(slot, record.freeSlots);
    if (record.isAvailableNow) this.availableNow.add(slot);
    this.buckets.place(slot, this.slots.columns[slot * STRIDE + COLUMN.staticScore]);
  }

  /** Removes a mentor (left, erased, opted out); unknown ids are ignored. */
  remove(mentorId: string): void {
    const slot = this.slots.slotOf(mentorId);
    const record = slot === undefined ? undefined : this.slots.record(slot);
    if (slot === undefined || record === undefined) return;
    for (const skillId of maxLevelBySkill(record).keys()) this.skillPostings.remove(skillId, slot);
    for (const topic of new Set(record.topics)) this.topicPostings.remove(topic, slot);
    this.freeHours.remove(slot, record.freeSlots);
    this.availableNow.delete(slot);
    this.buckets.remove(slot);
    this.slots.delete(mentorId);
  }

  /** The k best eligible mentors for the request at `now`, explained; identical to the exhaustive ranking. */
  topK(request: RecommendationRequest, k: number, now: number): RecommendationResult {
    const prepared = prepareRecommendation(request, this.context, k, now);
    const outcome = searchMentorIndex(this.state, prepared, this.scratch);
    const mentors = outcome.collected.map((entry, i) =>
      explainCandidate(entry.mentor, entry, i + 1, prepared, this.context.skills),
    );
    return { mentors, scoredCount: outcome.scoredCount };
  }
}
