import type { TimeInterval } from './mentor-record';

const HOUR_MS = 3_600_000;

/** Mentor slots by the UTC hours their free intervals touch; answers "who is free around now". */
export class FreeSlotHourIndex {
  private readonly hours = new Map<number, Set<number>>();

  add(slot: number, intervals: readonly TimeInterval[]): void {
    for (const hour of this.hoursOf(intervals)) {
      let members = this.hours.get(hour);
      if (members === undefined) {
        members = new Set();
        this.hours.set(hour, members);
      }
      members.add(slot);
    }
  }

  remove(slot: number, intervals: readonly TimeInterval[]): void {
    for (const hour of this.hoursOf(intervals)) {
      const members = this.hours.get(hour);
      members?.delete(slot);
      if (members?.size === 0) this.hours.delete(hour);
    }
  }

  /** Visits (possibly repeatedly) every slot with a free interval touching an hour of `[from, to]`. */
  forEachTouching(from: number, to: number, visit: (slot: number) => void): void {
    for (let hour = Math.floor(from / HOUR_MS); hour <= Math.floor(to / HOUR_MS); hour++) {
      this.hours.get(hour)?.forEach(visit);
    }
  }

  private *hoursOf(intervals: readonly TimeInterval[]): Generator<number> {
    for (const interval of intervals) {
      const last = Math.floor((interval.end - 1) / HOUR_MS);
      for (let hour = Math.floor(interval.start / HOUR_MS); hour <= last; hour++) yield hour;
    }
  }
}
