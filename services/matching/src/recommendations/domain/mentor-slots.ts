import { loadFit } from './load-fit';
import type { MatchingWeights } from './matching-weights';
import type { MentorRecord } from './mentor-record';
import { qualityFit } from './quality-fit';

/** Department code for "no department" and for a department no mentor has. */
export const NO_DEPARTMENT = -1;
export const UNKNOWN_DEPARTMENT = -2;

/**
 * Layout of a slot's row in `MentorSlots.columns` (one row = STRIDE numbers, one cache line or
 * two). staticScore is the request-independent part of the score in tenant weights:
 * quality × w.quality + load × w.load.
 */
export const COLUMN = Object.freeze({ staticScore: 0, freeMs: 1, utcOffset: 2, department: 3 });
export const STRIDE = 4;

/**
 * Dense storage of the indexed mentors: each mentor gets a slot (reused after removal) and its
 * request-independent numbers live in one interleaved typed array for tight loops.
 */
export class MentorSlots {
  private readonly slotById = new Map<string, number>();
  private readonly records: (MentorRecord | undefined)[] = [];
  private readonly freeList: number[] = [];
  private readonly departments = new Map<string, number>();
  columns = new Float64Array(16 * STRIDE);

  constructor(private readonly weights: Pick<MatchingWeights, 'quality' | 'load'>) {}

  get size(): number {
    return this.slotById.size;
  }

  /** Number of slot positions ever allocated (upper bound of slot numbers). */
  get capacity(): number {
    return this.records.length;
  }

  slotOf(mentorId: string): number | undefined {
    return this.slotById.get(mentorId);
  }

  record(slot: number): MentorRecord | undefined {
    return this.records[slot];
  }

  departmentCode(departmentId: string | null): number {
    if (departmentId === null) return NO_DEPARTMENT;
    return this.departments.get(departmentId) ?? UNKNOWN_DEPARTMENT;
  }

  /** Stores the record (new slot or the mentor's existing one); returns its slot. */
  put(record: MentorRecord): number {
    let slot = this.slotById.get(record.mentorId);
    if (slot === undefined) {
      slot = this.freeList.pop() ?? this.records.length;
      this.slotById.set(record.mentorId, slot);
      this.ensureColumns(slot + 1);
    }
    this.records[slot] = record;
    const row = slot * STRIDE;
    const { quality, load } = this.weights;
    this.columns[row + COLUMN.staticScore] = quality * qualityFit(record) + load * loadFit(record);
    this.columns[row + COLUMN.freeMs] = record.freeSlots.reduce(
      (sum, free) => sum + (free.end - free.start),
      0,
    );
    this.columns[row + COLUMN.utcOffset] = record.utcOffsetMinutes;
    this.columns[row + COLUMN.department] = this.internDepartment(record.departmentId);
    return slot;
  }

  /** Frees the mentor's slot; returns it, or undefined when the mentor was not stored. */
  delete(mentorId: string): number | undefined {
    const slot = this.slotById.get(mentorId);
    if (slot === undefined) return undefined;
    this.slotById.delete(mentorId);
    this.records[slot] = undefined;
    this.freeList.push(slot);
    return slot;
  }

  private internDepartment(departmentId: string | null): number {
    if (departmentId === null) return NO_DEPARTMENT;
    let code = this.departments.get(departmentId);
    if (code === undefined) {
      code = this.departments.size;
      this.departments.set(departmentId, code);
    }
    return code;
  }

  private ensureColumns(size: number): void {
    while (this.records.length < size) this.records.push(undefined);
    if (size * STRIDE <= this.columns.length) return;
    const columns = new Float64Array(Math.max(size * STRIDE, this.columns.length * 2));
    columns.set(this.columns);
    this.columns = columns;
  }
}
