import { buildPerson, slotStarts as slots, slotStartsOn as slotsOn } from './availability.factory';
import { PersonAvailability } from './availability.types';
import { availableSlots } from './available-slots';

const NOW = new Date('2026-03-01T00:00:00Z');

describe('availableSlots: buffers, sessions and busy time', () => {
  it('keeps the buffers of an existing session and of the new slot free', () => {
    const person = buildPerson(
      { bufferBeforeMinutes: 10, bufferAfterMinutes: 5 },
      { sessions: [{ start: '2026-03-24T14:00:00Z', end: '2026-03-24T14:30:00Z' }] },
    );
    // Existing blocked range [13:50, 14:35). A 30-min slot blocks [s−10, s+35):
    // before it: s+35 ≤ 13:50 → s ≤ 13:15; after it: s−10 ≥ 14:35 → s ≥ 14:45.
    expect(slots(person, '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z')).toEqual([
      '2026-03-24T13:00:00.000Z',
      '2026-03-24T13:15:00.000Z',
    ]);
  });

  it('uses the buffers stored with an existing session when given', () => {
    const person = buildPerson(
      {},
      { sessions: [{ start: '2026-03-24T13:30:00Z', end: '2026-03-24T14:00:00Z', bufferAfterMinutes: 30 }] },
    );
    // Blocked [13:30, 14:30): 13:00–13:30 still fits before it, the next fit starts at 14:30.
    expect(slots(person, '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z')).toEqual([
      '2026-03-24T13:00:00.000Z',
      '2026-03-24T14:30:00.000Z',
    ]);
  });

  it('lets buffers extend outside the working window', () => {
    const person = buildPerson({ bufferBeforeMinutes: 15, bufferAfterMinutes: 15 });
    const starts = slots(person, '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z', 60);
    expect(starts[0]).toBe('2026-03-24T13:00:00.000Z');
    expect(starts[starts.length - 1]).toBe('2026-03-24T14:00:00.000Z');
  });

  it('hides slots overlapping calendar busy blocks, with buffers', () => {
    const person = buildPerson(
      { bufferAfterMinutes: 15 },
      { busy: [{ start: '2026-03-24T14:00:00Z', end: '2026-03-24T15:00:00Z' }] },
    );
    // New slot [s, s+30) plus 15 min after must end by 14:00 → s ≤ 13:15.
    expect(slots(person, '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z')).toEqual([
      '2026-03-24T13:00:00.000Z',
      '2026-03-24T13:15:00.000Z',
    ]);
  });
});

describe('availableSlots: overrides and time off', () => {
  const day = '2026-03-24';

  it('drops a blocked date', () => {
    expect(slotsOn({ overrides: [{ date: day, kind: 'blocked' }] }, day)).toEqual([]);
  });

  it('adds extra hours on top of the weekly rule', () => {
    const starts = slotsOn(
      { overrides: [{ date: day, kind: 'extra', ranges: [{ start: '09:00', end: '09:30' }] }] },
      day,
    );
    expect(starts[0]).toBe('2026-03-24T08:00:00.000Z');
    expect(starts).toHaveLength(8);
  });

  it('replaces the weekly hours for one date', () => {
    const rules = {
      overrides: [{ date: day, kind: 'replace' as const, ranges: [{ start: '18:00', end: '18:30' }] }],
    };
    expect(slotsOn(rules, day)).toEqual(['2026-03-24T17:00:00.000Z']);
  });

  it('opens a day without weekly rules through an extra override', () => {
    const rules = {
      overrides: [{ date: '2026-03-25', kind: 'extra' as const, ranges: [{ start: '10:00', end: '10:30' }] }],
    };
    expect(slotsOn(rules, '2026-03-25')).toEqual(['2026-03-25T09:00:00.000Z']);
  });

  it('hides slots during time off', () => {
    const timeOff = [{ start: '2026-03-24T13:30:00Z', end: '2026-03-26T00:00:00Z' }];
    expect(slotsOn({ timeOff }, day)).toEqual(['2026-03-24T13:00:00.000Z']);
  });
});

describe('availableSlots: notice, horizon and caps', () => {
  it('respects the minimum notice', () => {
    const now = new Date('2026-03-24T12:10:00Z');
    const starts = slots(
      buildPerson({ minimumNoticeMinutes: 60 }),
      '2026-03-24T00:00:00Z',
      '2026-03-25T00:00:00Z',
      30,
      now,
    );
    expect(starts[0]).toBe('2026-03-24T13:15:00.000Z');
  });

  it('never offers slots in the past', () => {
    const now = new Date('2026-03-24T14:05:00Z');
    expect(slots(buildPerson(), '2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z', 30, now)).toEqual([
      '2026-03-24T14:15:00.000Z',
      '2026-03-24T14:30:00.000Z',
    ]);
  });

  it('stops at the end of the horizon day in the owner zone', () => {
    const now = new Date('2026-03-24T10:00:00Z'); // Tuesday
    const person = buildPerson({ horizonDays: 2 }); // through Thursday 26 March, Berlin
    const starts = slots(person, '2026-03-24T00:00:00Z', '2026-04-30T00:00:00Z', 60, now);
    expect(new Set(starts.map((s) => s.slice(0, 10)))).toEqual(new Set(['2026-03-24', '2026-03-26']));
  });

  it('skips a day that already has its maximum number of sessions', () => {
    const person = buildPerson(
      { maxSessionsPerDay: 1, weekly: [{ weekdays: [2, 4], start: '09:00', end: '17:00' }] },
      { sessions: [{ start: '2026-03-24T08:00:00Z', end: '2026-03-24T08:30:00Z' }] },
    );
    const starts = slots(person, '2026-03-24T00:00:00Z', '2026-03-27T00:00:00Z', 60);
    expect(starts.some((s) => s.startsWith('2026-03-24'))).toBe(false);
    expect(starts.some((s) => s.startsWith('2026-03-26'))).toBe(true);
  });

  it('skips the rest of an ISO week that reached its weekly cap', () => {
    const person = buildPerson(
      { maxSessionsPerWeek: 2 },
      {
        sessions: [
          { start: '2026-03-23T09:00:00Z', end: '2026-03-23T09:30:00Z' }, // Monday
          { start: '2026-03-24T13:00:00Z', end: '2026-03-24T13:30:00Z' },
        ],
      },
    );
    const starts = slots(person, '2026-03-24T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(starts.every((s) => s >= '2026-03-30')).toBe(true);
    expect(starts[0]).toBe('2026-03-31T12:00:00.000Z');
  });
});

describe('availableSlots: validation', () => {
  const window = { from: '2026-03-24T00:00:00Z', to: '2026-03-25T00:00:00Z' };
  const run = (person: PersonAvailability, length = 30, w = window): unknown =>
    availableSlots({ ...person, length, window: w }, NOW);

  it.each([
    ['an unknown time zone', buildPerson({ timeZone: 'Mars/Olympus_Mons' }), 30, window, 'timeZone'],
    ['a length that is not offered', buildPerson(), 45, window, 'length'],
    [
      'a window ending before it starts',
      buildPerson(),
      30,
      { from: window.to, to: window.from },
      'window.to',
    ],
    [
      'a rule ending before it starts',
      buildPerson({ weekly: [{ weekdays: [2], start: '16:00', end: '14:00' }] }),
      30,
      window,
      'weekly[0].end',
    ],
    [
      'an instant without offset',
      buildPerson({}, { busy: [{ start: '2026-03-24T10:00', end: '2026-03-24T11:00:00Z' }] }),
      30,
      window,
      'busy[0].start',
    ],
  ])('rejects %s naming the field', (_name, person, length, w, field) => {
    expect(() => run(person, length, w)).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.INVALID_INPUT', field }),
    );
  });
});
