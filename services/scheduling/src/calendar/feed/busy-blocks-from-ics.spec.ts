import { busyBlocksFromIcs, BusyExpansion } from './busy-blocks-from-ics';
import { BUSY_FEED_BLOCKS, BUSY_FEED_ICS } from './busy-feed.fixture';

const MARCH_APRIL: BusyExpansion = {
  window: { start: Date.parse('2026-03-01T00:00:00Z'), end: Date.parse('2026-05-01T00:00:00Z') },
  defaultZone: 'Europe/Berlin',
  ignoreUidSuffix: '@mentormesh.example.com',
  maxBlocks: 1000,
};

const calendar = (...lines: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

describe('busyBlocksFromIcs', () => {
  it('expands recurring events with EXDATE and a moved occurrence, keeping wall time across DST', () => {
    expect(busyBlocksFromIcs(BUSY_FEED_ICS, MARCH_APRIL)).toEqual(BUSY_FEED_BLOCKS);
  });

  it('keeps nothing but start and end', () => {
    const blocks = busyBlocksFromIcs(BUSY_FEED_ICS, MARCH_APRIL);
    expect(JSON.stringify(blocks)).not.toMatch(/reorg|pickup|Confidential/);
    expect(Object.keys(blocks[0]).sort()).toEqual(['end', 'start']);
  });

  it('clips blocks to the window', () => {
    const window = { start: Date.parse('2026-03-17T08:15:00Z'), end: Date.parse('2026-03-18T00:00:00Z') };
    expect(busyBlocksFromIcs(BUSY_FEED_ICS, { ...MARCH_APRIL, window })).toEqual([
      { start: '2026-03-17T08:15:00.000Z', end: '2026-03-17T08:30:00.000Z' },
    ]);
  });

  it('merges overlapping events', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20260317T080000Z',
      'DTEND:20260317T090000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTART:20260317T083000Z',
      'DTEND:20260317T100000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(busyBlocksFromIcs(text, MARCH_APRIL)).toEqual([
      { start: '2026-03-17T08:00:00.000Z', end: '2026-03-17T10:00:00.000Z' },
    ]);
  });

  it('excludes an all-day occurrence by its EXDATE date', () => {
    const text = calendar(
      'UID:gym',
      'DTSTART;VALUE=DATE:20260302',
      'DTEND;VALUE=DATE:20260303',
      'RRULE:FREQ=DAILY;COUNT=3',
      'EXDATE;VALUE=DATE:20260303',
    );
    expect(busyBlocksFromIcs(text, MARCH_APRIL).map((b) => b.start)).toEqual([
      '2026-03-01T23:00:00.000Z',
      '2026-03-03T23:00:00.000Z',
    ]);
  });

  it('counts a minutely rule only once', () => {
    const text = calendar(
      'UID:spam',
      'DTSTART:20260302T100000Z',
      'DTEND:20260302T100100Z',
      'RRULE:FREQ=MINUTELY',
    );
    expect(busyBlocksFromIcs(text, MARCH_APRIL)).toHaveLength(1);
  });

  it('refuses a feed that expands to too many blocks', () => {
    const text = calendar(
      'UID:hourly',
      'DTSTART:20260302T100000Z',
      'DTEND:20260302T101000Z',
      'RRULE:FREQ=HOURLY',
    );
    expect(() => busyBlocksFromIcs(text, { ...MARCH_APRIL, maxBlocks: 100 })).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.FEED_REFUSED', reason: 'too_large' }),
    );
  });

  it('rejects a document that is not iCalendar', () => {
    expect(() => busyBlocksFromIcs('<html>login</html>', MARCH_APRIL)).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.FEED_UNAVAILABLE', reason: 'invalid_calendar' }),
    );
  });
});
