import { calendarDayOf } from './day-windows';
import { NormalizedRules } from './normalize-rules';

/** When a new session may start: [earliest, latest). */
export interface BookingBounds {
  /** `now` + minimum notice. */
  readonly earliest: number;
  /** Owner-local midnight ending the day `today + horizonDays`. */
  readonly latest: number;
}

/** Minimum notice and booking horizon as instants, for the owner's zone. */
export function bookingBounds(rules: NormalizedRules, nowMs: number): BookingBounds {
  const today = rules.offsets.localDayIndex(nowMs);
  return {
    earliest: nowMs + rules.minimumNoticeMs,
    latest: rules.offsets.toInstant(calendarDayOf(today + rules.horizonDays), 1440),
  };
}
