import { InvalidInputError } from '../../scheduling.errors';
import { parseLocalDate, parseLocalTime, resolveLocalTime } from './local-time';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('resolveLocalTime', () => {
  it('keeps 14:00 Berlin at 14:00 local across the March switch (UTC moves from 13:00 to 12:00)', () => {
    expect(iso(resolveLocalTime({ year: 2026, month: 3, day: 26 }, 14 * 60, 'Europe/Berlin'))).toBe(
      '2026-03-26T13:00:00.000Z',
    );
    expect(iso(resolveLocalTime({ year: 2026, month: 3, day: 31 }, 14 * 60, 'Europe/Berlin'))).toBe(
      '2026-03-31T12:00:00.000Z',
    );
  });

  it('moves a wall time inside the spring-forward gap to the first instant after the gap', () => {
    // 2026-03-29 02:00 CET → 03:00 CEST; 02:30 does not exist.
    expect(iso(resolveLocalTime({ year: 2026, month: 3, day: 29 }, 150, 'Europe/Berlin'))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(iso(resolveLocalTime({ year: 2026, month: 3, day: 29 }, 120, 'Europe/Berlin'))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('uses the earlier offset for a wall time repeated at the October fall-back', () => {
    // 2026-10-25 03:00 CEST → 02:00 CET; 02:30 happens at 00:30Z and 01:30Z.
    expect(iso(resolveLocalTime({ year: 2026, month: 10, day: 25 }, 150, 'Europe/Berlin'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('handles New York gap and overlap on its own dates', () => {
    expect(iso(resolveLocalTime({ year: 2026, month: 3, day: 8 }, 150, 'America/New_York'))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    expect(iso(resolveLocalTime({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('reads 24:00 as midnight starting the next day', () => {
    expect(iso(resolveLocalTime({ year: 2026, month: 12, day: 31 }, 1440, 'Europe/Berlin'))).toBe(
      '2026-12-31T23:00:00.000Z',
    );
  });

  it('finds a half-hour transition (Lord Howe Island)', () => {
    // 2026-10-04 02:00 +10:30 → 02:30 +11:00; 02:15 does not exist.
    expect(iso(resolveLocalTime({ year: 2026, month: 10, day: 4 }, 135, 'Australia/Lord_Howe'))).toBe(
      '2026-10-03T15:30:00.000Z',
    );
  });
});

describe('parseLocalTime and parseLocalDate', () => {
  it('rejects malformed wall times naming the field', () => {
    expect(() => parseLocalTime('25:00', 'weekly[0].start')).toThrow(
      expect.objectContaining({ field: 'weekly[0].start', code: 'SCHEDULING.INVALID_INPUT' }),
    );
    expect(parseLocalTime('24:00', 'end')).toBe(1440);
  });

  it('rejects impossible dates', () => {
    expect(() => parseLocalDate('2026-02-30', 'overrides[0].date')).toThrow(InvalidInputError);
  });
});
