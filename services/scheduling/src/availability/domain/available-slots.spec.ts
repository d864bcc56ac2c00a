import { slotStartsOn as slotsOn } from './availability.factory';
import { AvailabilityRules } from './availability.types';

describe('availableSlots: weekly rules', () => {
  it('offers Tue 14:00–16:00 Berlin as 30-minute slots on a 15-minute grid', () => {
    expect(slotsOn({}, '2026-03-24')).toEqual([
      '2026-03-24T13:00:00.000Z',
      '2026-03-24T13:15:00.000Z',
      '2026-03-24T13:30:00.000Z',
      '2026-03-24T13:45:00.000Z',
      '2026-03-24T14:00:00.000Z',
      '2026-03-24T14:15:00.000Z',
      '2026-03-24T14:30:00.000Z',
    ]);
  });

  it('offers nothing on a weekday without rules', () => {
    expect(slotsOn({}, '2026-03-25')).toEqual([]);
  });

  it('keeps the 14:00 Berlin rule at 14:00 local after the March switch', () => {
    expect(slotsOn({}, '2026-03-26')[0]).toBe('2026-03-26T13:00:00.000Z');
    expect(slotsOn({}, '2026-03-31')[0]).toBe('2026-03-31T12:00:00.000Z');
  });

  it('keeps the 14:00 Berlin rule at 14:00 local after the October switch', () => {
    expect(slotsOn({}, '2026-10-22')[0]).toBe('2026-10-22T12:00:00.000Z');
    expect(slotsOn({}, '2026-10-27')[0]).toBe('2026-10-27T13:00:00.000Z');
  });

  it('follows New York rules across the US switch on 2026-03-08', () => {
    const rules: Partial<AvailabilityRules> = {
      timeZone: 'America/New_York',
      weekly: [{ weekdays: [1, 5], start: '09:00', end: '10:00' }],
    };
    expect(slotsOn(rules, '2026-03-06')[0]).toBe('2026-03-06T14:00:00.000Z'); // EST −05:00
    expect(slotsOn(rules, '2026-03-09')[0]).toBe('2026-03-09T13:00:00.000Z'); // EDT −04:00
  });

  it('aligns starts to the local clock in a zone with a 30-minute offset', () => {
    const rules: Partial<AvailabilityRules> = {
      timeZone: 'Asia/Kolkata',
      weekly: [{ weekdays: [2], start: '10:10', end: '11:30' }],
      slotGranularityMinutes: 30,
    };
    expect(slotsOn(rules, '2026-03-24')).toEqual([
      '2026-03-24T05:00:00.000Z', // 10:30 IST
      '2026-03-24T05:30:00.000Z', // 11:00 IST
    ]);
  });
});

describe('availableSlots: DST edges', () => {
  const sunday = (start: string, end: string): Partial<AvailabilityRules> => ({
    weekly: [{ weekdays: [7], start, end }],
    slotGranularityMinutes: 30,
  });

  it('starts a window that begins in the spring-forward gap at the first valid instant after it', () => {
    // 02:30–04:00 on 2026-03-29: 02:30 does not exist, so the window runs 03:00–04:00 CEST.
    expect(slotsOn(sunday('02:30', '04:00'), '2026-03-29')).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
  });

  it('offers nothing for a window lying entirely inside the gap', () => {
    expect(slotsOn(sunday('02:00', '02:59'), '2026-03-29')).toEqual([]);
  });

  it('reads a window that ends in the repeated hour with the earlier offset', () => {
    // 01:00–02:30 on 2026-10-25: 02:30 is taken in CEST (00:30Z), so the window is 90 real minutes.
    expect(slotsOn(sunday('01:00', '02:30'), '2026-10-25')).toEqual([
      '2026-10-24T23:00:00.000Z', // 01:00 CEST
      '2026-10-24T23:30:00.000Z', // 01:30 CEST
      '2026-10-25T00:00:00.000Z', // 02:00 CEST — the second 02:00 (CET) is not offered
    ]);
  });

  it('offers both passes through the repeated hour when the window spans the fall-back', () => {
    // 01:30–03:30 local on 2026-10-25 is 150 real minutes: 01:30 CEST … 03:30 CET.
    const starts = slotsOn(sunday('01:30', '03:30'), '2026-10-25', 60);
    expect(starts).toEqual([
      '2026-10-24T23:30:00.000Z', // 01:30 CEST
      '2026-10-25T00:00:00.000Z', // 02:00 CEST
      '2026-10-25T00:30:00.000Z', // 02:30 CEST
      '2026-10-25T01:00:00.000Z', // 02:00 CET
      '2026-10-25T01:30:00.000Z', // 02:30 CET
    ]);
  });
});
