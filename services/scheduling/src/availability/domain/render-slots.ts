import { DateTime } from 'luxon';
import { LocalDate, Slot } from './availability.types';
import { parseInstant } from './iso-instant';
import { normalizeTimeZone } from './time-zone';

/** A slot as a viewer in `timeZone` sees it; `start`/`end` stay the UTC instants. */
export interface LocalizedSlot extends Slot {
  readonly timeZone: string;
  /** ISO 8601 with the viewer's offset, e.g. `2026-03-30T08:00:00.000-04:00`. */
  readonly localStart: string;
  readonly localEnd: string;
  /** Viewer-local date of the start. */
  readonly localDate: LocalDate;
  /** `HH:mm` on the viewer's clock. */
  readonly startTime: string;
  readonly endTime: string;
  /** Offset at the start, e.g. `+02:00`. */
  readonly utcOffset: string;
}

/** Renders UTC slots on a viewer's clock. Throws InvalidInputError(`timeZone`) for unknown zones. */
export function renderSlotsInTimeZone(slots: readonly Slot[], timeZone: string): LocalizedSlot[] {
  const zone = normalizeTimeZone(timeZone, 'timeZone');
  return slots.map((slot, i) => {
    const start = DateTime.fromMillis(parseInstant(slot.start, `slots[${i}].start`), { zone });
    const end = DateTime.fromMillis(parseInstant(slot.end, `slots[${i}].end`), { zone });
    return {
      start: slot.start,
      end: slot.end,
      timeZone: zone,
      localStart: start.toISO() ?? slot.start,
      localEnd: end.toISO() ?? slot.end,
      localDate: start.toISODate() ?? '',
      startTime: start.toFormat('HH:mm'),
      endTime: end.toFormat('HH:mm'),
      utcOffset: start.toFormat('ZZ'),
    };
  });
}
