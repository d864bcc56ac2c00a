import { availabilityFit, TARGET_FREE_SESSIONS } from './availability-fit';
import { checkEligibility } from './check-eligibility';
import type { DescendingBoundOrder } from './descending-bound-order';
import type { FreeSlotHourIndex } from './free-slot-hour-index';
import { languageFit } from './language-fit';
import type { MentorRecord } from './mentor-record';
import { COLUMN, MentorSlots, NO_DEPARTMENT, STRIDE } from './mentor-slots';
import type { PostingLists } from './posting-lists';
import type { PreparedRecommendation } from './prepared-recommendation';
import type { QueryAccumulator } from './query-accumulator';
import { MINUTE_MS, RECOMMENDATION_LIMITS } from './recommendation-limits';
import { scoreCandidate, type ScoredCandidate } from './score-candidate';
import type { StaticBoundBuckets } from './static-bound-buckets';
import { timeZoneFit } from './time-zone-fit';
import { TopKCollector } from './top-k-collector';

/** Absorbs floating-point differences between a bound and the exact score; never prunes a tie. */
const BOUND_EPSILON = 1e-9;
const MAX_OFFSET = 14 * 60;

export interface MentorIndexState {
  readonly slots: MentorSlots;
  readonly skillPostings: PostingLists;
  readonly topicPostings: PostingLists;
  readonly buckets: StaticBoundBuckets;
  readonly freeHours: FreeSlotHourIndex;
  readonly availableNow: ReadonlySet<number>;
}

/** Reusable per-index buffers (one query at a time). */
export interface SearchScratch {
  readonly accumulator: QueryAccumulator;
  readonly order: DescendingBoundOrder;
  /** Time-zone contribution per mentor UTC offset (index offset + 14 h), refilled per query. */
  readonly timeZoneBound: Float64Array;
}

/** Size of `SearchScratch.timeZoneBound`. */
export const OFFSET_SLOTS = 2 * 14 * 60 + 1;

export interface CollectedCandidate extends ScoredCandidate {
  readonly mentor: MentorRecord;
}

export interface IndexSearchOutcome {
  readonly collected: readonly CollectedCandidate[];
  readonly scoredCount: number;
}

/**
 * Exact top-k over the index (see `MentorIndex`). Bound per mentor = exact skill + topic + text
 * (from postings) + exact quality, load, time zone and cross-department (typed columns) +
 * optimistic availability (all the mentor's free time) and language (assumed to fit). Candidates
 * go in descending bound order; a mentor whose bound cannot reach the current k-th score is
 * skipped; one that can gets a second, exact bound from its record (availability, language)
 * before the hard rules and the full scoring.
 */
class IndexSearch {
  private readonly collector: TopKCollector<CollectedCandidate>;
  private readonly timeZoneBound: Float64Array;
  private readonly menteeDepartment: number;
  /** Availability bound per free millisecond of the mentor (ASK_NOW: no bound, counted as 1). */
  private readonly availabilityPerMs: number | null;
  private readonly contextBound: number;
  private scoredCount = 0;

  constructor(
    private readonly state: MentorIndexState,
    private readonly prepared: PreparedRecommendation,
    private readonly scratch: SearchScratch,
  ) {
    const m = prepared.multipliers;
    this.timeZoneBound = scratch.timeZoneBound;
    this.collector = new TopKCollector(prepared.k);
    this.menteeDepartment = state.slots.departmentCode(prepared.request.mentee.departmentId);
    const isAskNow = prepared.request.mode === 'ASK_NOW';
    this.availabilityPerMs = isAskNow ? null : 1 / (prepared.durationMs * TARGET_FREE_SESSIONS);
    this.contextBound = m.language + m.availability + m.timeZone + m.crossDepartment;
    const menteeOffset = prepared.request.mentee.utcOffsetMinutes;
    for (let offset = -MAX_OFFSET; offset <= MAX_OFFSET; offset++) {
      this.timeZoneBound[offset + MAX_OFFSET] = m.timeZone * timeZoneFit(offset, menteeOffset);
    }
  }

  run(): IndexSearchOutcome {
    const { state, prepared } = this;
    const { accumulator } = this.scratch;
    accumulator.run(prepared, state.slots, state.skillPostings, state.topicPostings);
    this.visitInBoundOrder(prepared.request.mode === 'ASK_NOW' ? this.askNowUniverse() : accumulator.touched);
    if (prepared.request.mode === 'SCHEDULED') this.walkBuckets();
    return { collected: this.collector.sorted(), scoredCount: this.scoredCount };
  }

  /** Mentors with the live switch or a free interval touching the next 30 minutes. */
  private askNowUniverse(): number[] {
    const { accumulator } = this.scratch;
    const universe: number[] = [];
    const add = (slot: number): void => {
      if (accumulator.markVisited(slot)) universe.push(slot);
    };
    this.state.availableNow.forEach(add);
    const horizon = this.prepared.now + RECOMMENDATION_LIMITS.askNowHorizonMinutes * MINUTE_MS;
    this.state.freeHours.forEachTouching(this.prepared.now, horizon, add);
    return universe;
  }

  private visitInBoundOrder(slots: readonly number[]): void {
    const { order } = this.scratch;
    const bounds = order.boundsFor(slots.length);
    for (let i = 0; i < slots.length; i++)
      bounds[i] = this.baseBound(slots[i]) + this.optimisticContext(slots[i]);
    order.visit(
      slots,
      () => this.collector.threshold - BOUND_EPSILON,
      (slot, bound) => this.consider(slot, bound),
    );
  }

  /** Untouched mentors, by quality + load bucket, until a bucket cannot reach the k-th score. */
  private walkBuckets(): void {
    const { buckets } = this.state;
    const { accumulator } = this.scratch;
    const scale = this.prepared.weightScale;
    for (let bucket = buckets.count - 1; bucket >= 0; bucket--) {
      if (buckets.upperBound(bucket) * scale + this.contextBound + BOUND_EPSILON < this.collector.threshold)
        return;
      for (const slot of buckets.membersOf(bucket)) {
        if (!accumulator.isTouched(slot))
          this.consider(slot, this.baseBound(slot) + this.optimisticContext(slot));
      }
    }
  }

  private consider(slot: number, bound: number): void {
    if (bound + BOUND_EPSILON < this.collector.threshold) return;
    const mentor = this.state.slots.record(slot);
    if (mentor === undefined) return;
    const { prepared } = this;
    const m = prepared.multipliers;
    const context =
      m.availability * availabilityFit(mentor, prepared) + m.language * languageFit(mentor, prepared.request);
    if (this.baseBound(slot) + context + BOUND_EPSILON < this.collector.threshold) return;
    if (checkEligibility(mentor, prepared) !== null) return;
    this.scoredCount++;
    const scored = scoreCandidate(mentor, prepared);
    if (scored.score >= this.collector.threshold) this.collector.offer({ ...scored, mentor });
  }

  /** Exact partial score without availability and language. */
  private baseBound(slot: number): number {
    const columns = this.state.slots.columns;
    const row = slot * STRIDE;
    const department = columns[row + COLUMN.department];
    const isCross =
      department !== NO_DEPARTMENT &&
      this.menteeDepartment !== NO_DEPARTMENT &&
      department !== this.menteeDepartment;
    const { accumulator } = this.scratch;
    return (
      (accumulator.isTouched(slot) ? accumulator.partial[slot] : 0) +
      columns[row + COLUMN.staticScore] * this.prepared.weightScale +
      this.timeZoneBound[columns[row + COLUMN.utcOffset] + MAX_OFFSET] +
      (isCross ? this.prepared.multipliers.crossDepartment : 0)
    );
  }

  /** Availability and language at their best possible values for this mentor. */
  private optimisticContext(slot: number): number {
    const m = this.prepared.multipliers;
    if (this.availabilityPerMs === null) return m.availability + m.language;
    const freeMs = this.state.slots.columns[slot * STRIDE + COLUMN.freeMs];
    return m.availability * Math.min(1, freeMs * this.availabilityPerMs) + m.language;
  }
}

/** Runs one exact top-k query over the index state. */
export function searchMentorIndex(
  state: MentorIndexState,
  prepared: PreparedRecommendation,
  scratch: SearchScratch,
): IndexSearchOutcome {
  return new IndexSearch(state, prepared, scratch).run();
}
