import { DateTime } from 'luxon';
import { resolveLocalTime } from './local-time';
import { ZoneOffsets } from './zone-offsets';

// Zones with 1 h and 30 min shifts, shifts at midnight (Santiago, Havana) and none (Kolkata).
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Santiago',
  'America/Havana',
  'Asia/Kolkata',
];
const MINUTES = [0, 30, 60, 90, 120, 135, 150, 180, 210, 840, 1410, 1440];

describe('ZoneOffsets', () => {
  it.each(ZONES)('agrees with resolveLocalTime around every night of 2026 in %s', (zone) => {
    const offsets = new ZoneOffsets(zone);
    let day = DateTime.fromObject({ year: 2026, month: 1, day: 1 }, { zone: 'UTC' });
    const mismatches: string[] = [];
    while (day.year === 2026) {
      const calendarDay = { year: day.year, month: day.month, day: day.day };
      for (const minute of MINUTES) {
        if (offsets.toInstant(calendarDay, minute) !== resolveLocalTime(calendarDay, minute, zone)) {
          mismatches.push(`${day.toISODate()} ${minute}`);
        }
      }
      day = day.plus({ days: 1 });
    }
    expect(mismatches).toEqual([]);
  });

  it.each(ZONES)('agrees with Luxon on local date and minute of day around the clock in %s', (zone) => {
    const offsets = new ZoneOffsets(zone);
    for (
      let ms = Date.parse('2026-01-01T00:00:00Z');
      ms < Date.parse('2027-01-01T00:00:00Z');
      ms += 7 * 3_600_000 + 60_000
    ) {
      const local = DateTime.fromMillis(ms, { zone });
      expect(offsets.localMinuteOfDay(ms)).toBe(local.hour * 60 + local.minute);
      expect(offsets.localDayIndex(ms)).toBe(Date.UTC(local.year, local.month - 1, local.day) / 86_400_000);
    }
  });
});
