import { expandSeries, weeklyRecurrence } from './expand-series';

const starts = (firstStart: string, timeZone: string, recurrence: string): string[] =>
  expandSeries({ firstStart, length: 30, timeZone, recurrence }).map((o) => o.start);

describe('expandSeries', () => {
  it('keeps a weekly 14:00 Berlin series at 14:00 local across the March switch', () => {
    expect(starts('2026-03-17T13:00:00Z', 'Europe/Berlin', weeklyRecurrence(4))).toEqual([
      '2026-03-17T13:00:00.000Z',
      '2026-03-24T13:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
      '2026-04-07T12:00:00.000Z',
    ]);
  });

  it('keeps local wall time across the October switch and gives each occurrence its length', () => {
    const series = expandSeries({
      firstStart: '2026-10-20T12:00:00Z',
      length: 45,
      timeZone: 'Europe/Berlin',
      recurrence: weeklyRecurrence(2),
    });
    expect(series).toEqual([
      { index: 0, start: '2026-10-20T12:00:00.000Z', end: '2026-10-20T12:45:00.000Z' },
      { index: 1, start: '2026-10-27T13:00:00.000Z', end: '2026-10-27T13:45:00.000Z' },
    ]);
  });

  it('follows the organizer zone, not the attendee zone (New York switches earlier)', () => {
    expect(starts('2026-03-02T14:00:00Z', 'America/New_York', weeklyRecurrence(2))).toEqual([
      '2026-03-02T14:00:00.000Z', // 09:00 EST
      '2026-03-09T13:00:00.000Z', // 09:00 EDT
    ]);
  });

  it('moves an occurrence that falls into the spring-forward gap to the first instant after it', () => {
    // Sundays 02:30 Berlin; on 2026-03-29 02:30 does not exist → 03:00 CEST.
    expect(starts('2026-03-22T01:30:00Z', 'Europe/Berlin', weeklyRecurrence(3))).toEqual([
      '2026-03-22T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-04-05T00:30:00.000Z',
    ]);
  });

  it('uses the earlier offset for an occurrence in the repeated hour', () => {
    // Sundays 02:30 Berlin; on 2026-10-25 the first 02:30 (CEST) is used.
    expect(starts('2026-10-18T00:30:00Z', 'Europe/Berlin', weeklyRecurrence(2))[1]).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('honours UNTIL and BYDAY', () => {
    expect(
      starts('2026-03-17T13:00:00Z', 'Europe/Berlin', 'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260327T000000Z'),
    ).toEqual([
      '2026-03-17T13:00:00.000Z',
      '2026-03-19T13:00:00.000Z',
      '2026-03-24T13:00:00.000Z',
      '2026-03-26T13:00:00.000Z',
    ]);
  });

  it.each([
    ['an unreadable rule', 'every tuesday', 'recurrence'],
    ['a rule without COUNT or UNTIL', 'FREQ=WEEKLY', 'recurrence'],
    ['an hourly rule', 'FREQ=HOURLY;COUNT=3', 'recurrence'],
    ['more than 52 occurrences', 'FREQ=DAILY;COUNT=60', 'recurrence'],
    ['a rule that skips the first start', 'FREQ=WEEKLY;BYDAY=MO;COUNT=3', 'recurrence'],
  ])('rejects %s naming the field', (_name, recurrence, field) => {
    expect(() => starts('2026-03-17T13:00:00Z', 'Europe/Berlin', recurrence)).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.INVALID_INPUT', field }),
    );
  });

  it('rejects an unknown organizer zone', () => {
    expect(() => starts('2026-03-17T13:00:00Z', 'Europe/Atlantis', weeklyRecurrence(2))).toThrow(
      expect.objectContaining({ field: 'timeZone' }),
    );
  });
});
