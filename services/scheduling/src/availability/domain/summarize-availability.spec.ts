import { buildPerson } from './availability.factory';
import { summarizeAvailability } from './summarize-availability';

const MONDAY = new Date('2026-03-23T06:00:00Z');

describe('summarizeAvailability', () => {
  it('reports free minutes per owner-local day for the requested weeks', () => {
    const summary = summarizeAvailability(buildPerson(), { weeks: 2 }, MONDAY);
    expect(summary.days).toHaveLength(14);
    expect(summary.from).toBe('2026-03-23');
    expect(summary.to).toBe('2026-04-05');
    expect(summary.days.filter((d) => d.freeMinutes > 0).map((d) => d.date)).toEqual([
      '2026-03-24',
      '2026-03-26',
      '2026-03-31',
      '2026-04-02',
    ]);
    expect(summary.totalFreeMinutes).toBe(4 * 120);
  });

  it('subtracts sessions with their buffers', () => {
    const person = buildPerson(
      { bufferAfterMinutes: 10 },
      { sessions: [{ start: '2026-03-24T13:00:00Z', end: '2026-03-24T13:30:00Z' }] },
    );
    const tuesday = summarizeAvailability(person, { weeks: 1 }, MONDAY).days[1];
    expect(tuesday).toEqual({ date: '2026-03-24', freeMinutes: 75 }); // 80 free, rounded down to 15
  });

  it('ignores fragments shorter than the shortest offered session', () => {
    const person = buildPerson(
      { sessionLengths: [60] },
      { sessions: [{ start: '2026-03-24T13:45:00Z', end: '2026-03-24T14:15:00Z' }] },
    );
    expect(summarizeAvailability(person, { weeks: 1 }, MONDAY).days[1].freeMinutes).toBe(0);
  });

  it('reports zero for a day at its cap and honours the minimum notice', () => {
    const person = buildPerson(
      { maxSessionsPerDay: 1, minimumNoticeMinutes: 60 * 24 * 3 },
      { sessions: [{ start: '2026-03-31T12:00:00Z', end: '2026-03-31T12:30:00Z' }] },
    );
    const days = summarizeAvailability(person, { weeks: 2 }, MONDAY).days;
    expect(days.find((d) => d.date === '2026-03-24')?.freeMinutes).toBe(0); // notice
    expect(days.find((d) => d.date === '2026-03-26')?.freeMinutes).toBe(120);
    expect(days.find((d) => d.date === '2026-03-31')?.freeMinutes).toBe(0); // cap
  });

  it('counts only the real minutes of a window cut by the spring-forward gap', () => {
    const person = buildPerson({ weekly: [{ weekdays: [7], start: '01:00', end: '04:00' }] });
    const sunday = summarizeAvailability(person, { weeks: 1 }, MONDAY).days[6];
    expect(sunday).toEqual({ date: '2026-03-29', freeMinutes: 120 });
  });

  it('rejects an out-of-range number of weeks', () => {
    expect(() => summarizeAvailability(buildPerson(), { weeks: 0 }, MONDAY)).toThrow(
      expect.objectContaining({ field: 'weeks' }),
    );
  });
});
