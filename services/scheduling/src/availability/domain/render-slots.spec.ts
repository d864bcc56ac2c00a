import { renderSlotsInTimeZone } from './render-slots';

const slot = { start: '2026-03-24T13:00:00.000Z', end: '2026-03-24T13:30:00.000Z' };

describe('renderSlotsInTimeZone', () => {
  it('shows a Berlin 14:00 slot at 09:00 on a New York clock during the US-only DST weeks', () => {
    expect(renderSlotsInTimeZone([slot], 'America/New_York')[0]).toEqual({
      ...slot,
      timeZone: 'America/New_York',
      localStart: '2026-03-24T09:00:00.000-04:00',
      localEnd: '2026-03-24T09:30:00.000-04:00',
      localDate: '2026-03-24',
      startTime: '09:00',
      endTime: '09:30',
      utcOffset: '-04:00',
    });
  });

  it('moves the local date when the viewer is far east', () => {
    const late = { start: '2026-03-24T16:00:00.000Z', end: '2026-03-24T16:30:00.000Z' };
    expect(renderSlotsInTimeZone([late], 'Pacific/Auckland')[0]).toEqual(
      expect.objectContaining({ localDate: '2026-03-25', startTime: '05:00', utcOffset: '+13:00' }),
    );
  });

  it('rejects an unknown viewer zone naming timeZone', () => {
    expect(() => renderSlotsInTimeZone([slot], 'Berlin')).toThrow(
      expect.objectContaining({ field: 'timeZone' }),
    );
  });
});
