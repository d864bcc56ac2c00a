import { AvailableSlotsInput, Slot } from './availability.types';
import { freeIntervals } from './free-intervals';
import { formatInstant } from './iso-instant';
import { normalizePerson } from './normalize-person';
import { slotStarts } from './slot-starts';
import { checkedLength, checkedWindow } from './slot-query';

/**
 * Bookable slots of one person inside `input.window`, as UTC instants in ascending order.
 *
 * A slot's core [start, start + length) lies inside one owner-local working window (buffers
 * may fall outside it), respects minimum notice and horizon, skips days/weeks at their cap,
 * and its blocked range [start − before, end + after) overlaps no existing session's blocked
 * range and no busy block; time off is avoided without buffers. Starts are aligned to the
 * owner's granularity on the owner's local clock.
 *
 * Throws InvalidInputError naming the field (`timeZone`, `length`, `window.to`, `sessions[3].end`…).
 */
export function availableSlots(input: AvailableSlotsInput, now: Date): Slot[] {
  const person = normalizePerson(input);
  const lengthMs = checkedLength(input.length, person.rules.sessionLengths);
  const window = checkedWindow(input.window);
  const free = freeIntervals(person, window.start, window.end, now.getTime());
  const starts = slotStarts(free, lengthMs, person.rules.granularityMinutes, person.rules.offsets);
  return starts.map((start) => ({ start: formatInstant(start), end: formatInstant(start + lengthMs) }));
}
