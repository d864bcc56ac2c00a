import { normalizeTimeZone, parseInstant } from '../../availability/domain';
import { CalendarSession } from './calendar.types';
import { buildVtimezone } from './vtimezone';

/**
 * The `generator` ical-generator calls once per TZID in a calendar: it returns a VTIMEZONE
 * covering every year the given sessions touch (one extra year each side for local dates that
 * fall in another UTC year).
 */
export function vtimezoneGenerator(sessions: readonly CalendarSession[]): (zone: string) => string {
  const years = sessions.flatMap((s, i) =>
    [parseInstant(s.start, `sessions[${i}].start`), parseInstant(s.end, `sessions[${i}].end`)].map((ms) =>
      new Date(ms).getUTCFullYear(),
    ),
  );
  const from = Math.min(...years) - 1;
  const to = Math.max(...years) + 1;
  return (zone: string) => buildVtimezone(normalizeTimeZone(zone), from, to);
}
