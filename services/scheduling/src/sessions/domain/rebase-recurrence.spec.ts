import { RRule } from 'rrule';
import { MAX_RECURRENCE_COUNT, rebaseRule } from './rebase-recurrence';
import { expandWallClockRecurrence } from './wall-clock-recurrence';

const FROM = new Date(Date.UTC(2026, 2, 1));
const TO = new Date(Date.UTC(2026, 5, 1));

/** Occurrences in [FROM, TO) of the rule as given and after rebasing. */
function bothWays(text: string, dtstart: Date): { original: number[]; rebased: number[] } {
  const options = RRule.parseString(text);
  const original = new RRule({ ...options, dtstart }).between(FROM, TO, true).map((d) => d.getTime());
  const moved = rebaseRule(options, dtstart, new Date(FROM.getTime() - 2 * 86_400_000));
  const rebased = new RRule({ ...moved.rule, dtstart: moved.dtstart })
    .between(FROM, TO, true)
    .map((d) => d.getTime());
  return { original, rebased };
}

describe('rebaseRule', () => {
  it.each([
    ['FREQ=DAILY', Date.UTC(2019, 0, 1, 9)],
    ['FREQ=DAILY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR', Date.UTC(2020, 6, 15, 8, 30)],
    ['FREQ=WEEKLY', Date.UTC(2018, 4, 2, 14)],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU', Date.UTC(2019, 10, 4, 10)],
    ['FREQ=MONTHLY', Date.UTC(2019, 0, 31, 12)],
    ['FREQ=MONTHLY;BYDAY=2TU', Date.UTC(2019, 3, 9, 16)],
    ['FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', Date.UTC(2018, 1, 28, 17)],
    ['FREQ=YEARLY', Date.UTC(2016, 3, 30, 0)],
    ['FREQ=YEARLY;BYMONTH=3,9', Date.UTC(2017, 2, 20, 9)],
    ['FREQ=HOURLY;INTERVAL=5;BYHOUR=9,14,19', Date.UTC(2025, 11, 1, 9, 15)],
    ['FREQ=WEEKLY;UNTIL=20260415T000000Z', Date.UTC(2018, 4, 2, 14)],
  ])('keeps the occurrences of %s', (text, start) => {
    const { original, rebased } = bothWays(text, new Date(start));
    expect(original.length).toBeGreaterThan(0);
    expect(rebased).toEqual(original);
  });

  it('leaves DTSTART alone for COUNT rules and caps absurd counts', () => {
    const dtstart = new Date(Date.UTC(2019, 0, 1));
    const rebased = rebaseRule({ freq: RRule.DAILY, count: 1_000_000 }, dtstart, FROM);
    expect(rebased).toEqual({ rule: { freq: RRule.DAILY, count: MAX_RECURRENCE_COUNT }, dtstart });
  });

  it('moves DTSTART of a rule started decades ago to just before the window, keeping wall time', () => {
    const moved = rebaseRule({ freq: RRule.WEEKLY, interval: 2 }, new Date(Date.UTC(1995, 2, 1, 8)), FROM);
    const days = (FROM.getTime() - moved.dtstart.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(28);
    expect(moved.dtstart.getUTCHours()).toBe(8);
  });

  it('expands a daily meeting that started in 1995 on its Berlin wall clock', () => {
    const starts = expandWallClockRecurrence(
      {
        rule: { freq: RRule.DAILY },
        firstStartMs: Date.parse('1995-03-01T08:00:00Z'),
        timeZone: 'Europe/Berlin',
      },
      FROM.getTime(),
      TO.getTime(),
      1000,
    );
    expect(starts).toHaveLength(92);
    expect(new Date(starts[0]).toISOString()).toBe('2026-03-01T08:00:00.000Z'); // 09:00 CET
    expect(new Date(starts[40]).toISOString()).toBe('2026-04-10T07:00:00.000Z'); // 09:00 CEST
  });
});
