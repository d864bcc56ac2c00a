import { InvalidInputError, SlotTakenError, SlotUnavailableError } from '../../scheduling.errors';
import { assertSlotBookable } from './assert-slot-bookable';
import { buildPerson } from './availability.factory';
import { PersonAvailability } from './availability.types';
import { isSlotBookable, SlotDecision } from './is-slot-bookable';

const NOW = new Date('2026-03-20T10:00:00Z');
const TUESDAY_14_BERLIN = '2026-03-24T13:00:00Z';

function check(person: PersonAvailability, start = TUESDAY_14_BERLIN, length = 30, now = NOW): SlotDecision {
  return isSlotBookable(person, { start, length }, now);
}

describe('isSlotBookable', () => {
  it('accepts a slot inside the rules', () => {
    expect(check(buildPerson())).toEqual({ bookable: true });
  });

  it.each([
    ['a length that is not offered', buildPerson(), TUESDAY_14_BERLIN, 45, 'length_not_offered', 'length'],
    ['a slot in the past', buildPerson(), '2026-03-19T13:00:00Z', 30, 'in_the_past', 'start'],
    [
      'a slot inside the minimum notice',
      buildPerson({ minimumNoticeMinutes: 60 * 24 * 5 }),
      TUESDAY_14_BERLIN,
      30,
      'too_soon',
      'start',
    ],
    [
      'a slot beyond the horizon',
      buildPerson({ horizonDays: 3 }),
      TUESDAY_14_BERLIN,
      30,
      'beyond_horizon',
      'start',
    ],
    [
      'a slot outside the working hours',
      buildPerson(),
      '2026-03-24T15:00:00Z',
      30,
      'outside_availability',
      'start',
    ],
    [
      'a slot running past the end of the window',
      buildPerson(),
      '2026-03-24T14:45:00Z',
      30,
      'outside_availability',
      'start',
    ],
    ['a slot off the granularity grid', buildPerson(), '2026-03-24T13:05:00Z', 30, 'not_aligned', 'start'],
  ])('rejects %s', (_name, person, start, length, reason, field) => {
    expect(check(person, start, length)).toEqual(expect.objectContaining({ bookable: false, reason, field }));
  });

  it('rejects a booking inside the buffer of another session', () => {
    const person = buildPerson(
      { bufferBeforeMinutes: 15 },
      { sessions: [{ start: '2026-03-24T13:30:00Z', end: '2026-03-24T14:00:00Z' }] },
    );
    expect(check(person, '2026-03-24T14:00:00Z')).toEqual(
      expect.objectContaining({ reason: 'session_conflict' }),
    );
    expect(check(person, '2026-03-24T14:15:00Z')).toEqual({ bookable: true });
  });

  it('rejects a slot hidden by calendar busy time', () => {
    const person = buildPerson(
      {},
      { busy: [{ start: '2026-03-24T13:10:00Z', end: '2026-03-24T13:20:00Z' }] },
    );
    expect(check(person)).toEqual(expect.objectContaining({ reason: 'calendar_busy' }));
  });

  it('rejects slots on days and weeks at their cap', () => {
    const sessions = [{ start: '2026-03-24T14:30:00Z', end: '2026-03-24T15:00:00Z' }];
    expect(check(buildPerson({ maxSessionsPerDay: 1 }, { sessions }))).toEqual(
      expect.objectContaining({ reason: 'daily_limit_reached' }),
    );
    expect(check(buildPerson({ maxSessionsPerWeek: 1 }, { sessions }), '2026-03-26T13:00:00Z')).toEqual(
      expect.objectContaining({ reason: 'weekly_limit_reached' }),
    );
  });

  it('rejects a slot during time off', () => {
    const person = buildPerson({ timeOff: [{ start: '2026-03-23T00:00:00Z', end: '2026-03-28T00:00:00Z' }] });
    expect(check(person)).toEqual(expect.objectContaining({ reason: 'outside_availability' }));
  });
});

describe('assertSlotBookable', () => {
  it('throws InvalidInputError naming the field for rule violations', () => {
    expect(() => assertSlotBookable(buildPerson(), { start: TUESDAY_14_BERLIN, length: 45 }, NOW)).toThrow(
      expect.objectContaining({ constructor: InvalidInputError, field: 'length' }),
    );
    expect(() => assertSlotBookable(buildPerson(), { start: 'tomorrow', length: 30 }, NOW)).toThrow(
      expect.objectContaining({ field: 'start' }),
    );
  });

  it('throws SlotTakenError for a collision and SlotUnavailableError for busy time', () => {
    const session = { start: TUESDAY_14_BERLIN, end: '2026-03-24T13:30:00Z' };
    expect(() =>
      assertSlotBookable(
        buildPerson({}, { sessions: [session] }),
        { start: TUESDAY_14_BERLIN, length: 30 },
        NOW,
      ),
    ).toThrow(SlotTakenError);
    expect(() =>
      assertSlotBookable(buildPerson({}, { busy: [session] }), { start: TUESDAY_14_BERLIN, length: 30 }, NOW),
    ).toThrow(SlotUnavailableError);
  });
});
