import { availableSlots } from '../../availability/domain';
import { buildPerson } from '../../availability/domain/availability.factory';
import { blockedRange, participantBlockedRanges } from './blocked-range';

describe('blockedRange', () => {
  it('widens the session by the buffers as a half-open tstzrange literal', () => {
    expect(
      blockedRange({
        start: '2026-03-24T13:00:00Z',
        end: '2026-03-24T13:30:00Z',
        bufferBeforeMinutes: 10,
        bufferAfterMinutes: 5,
      }),
    ).toEqual({
      start: '2026-03-24T12:50:00.000Z',
      end: '2026-03-24T13:35:00.000Z',
      tstzrange: '[2026-03-24T12:50:00.000Z,2026-03-24T13:35:00.000Z)',
    });
  });

  it('gives each participant their own buffers', () => {
    const ranges = participantBlockedRanges({ start: '2026-03-24T13:00:00Z', end: '2026-03-24T13:30:00Z' }, [
      { employeeId: 'mentor', bufferBeforeMinutes: 15, bufferAfterMinutes: 15 },
      { employeeId: 'mentee', bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
    ]);
    expect(ranges.map((r) => r.range.tstzrange)).toEqual([
      '[2026-03-24T12:45:00.000Z,2026-03-24T13:45:00.000Z)',
      '[2026-03-24T13:00:00.000Z,2026-03-24T13:30:00.000Z)',
    ]);
  });

  it('rejects a negative buffer naming the field', () => {
    expect(() =>
      blockedRange({
        start: '2026-03-24T13:00:00Z',
        end: '2026-03-24T13:30:00Z',
        bufferBeforeMinutes: -1,
        bufferAfterMinutes: 0,
      }),
    ).toThrow(expect.objectContaining({ field: 'bufferBeforeMinutes' }));
  });

  it('agrees with the slot search: offered slots never overlap an existing blocked range, and the grid point before each gap does', () => {
    const buffers = { bufferBeforeMinutes: 10, bufferAfterMinutes: 5 };
    const existing = { start: '2026-03-24T13:45:00Z', end: '2026-03-24T14:15:00Z' };
    const person = buildPerson({ ...buffers, slotGranularityMinutes: 5 }, { sessions: [existing] });
    const slots = availableSlots(
      { ...person, length: 15, window: { from: '2026-03-24T00:00:00Z', to: '2026-03-25T00:00:00Z' } },
      new Date('2026-03-01T00:00:00Z'),
    );
    const taken = blockedRange({ ...existing, ...buffers });
    const overlaps = (s: { start: string; end: string }): boolean => {
      const r = blockedRange({ ...s, ...buffers });
      return r.start < taken.end && taken.start < r.end;
    };
    expect(slots.some(overlaps)).toBe(false);
    expect(slots.map((s) => s.start)).toContain('2026-03-24T13:15:00.000Z'); // ends 13:30 + 5 = 13:35 = taken.start
    expect(slots.map((s) => s.start)).not.toContain('2026-03-24T13:20:00.000Z');
    expect(slots.map((s) => s.start)).toContain('2026-03-24T14:30:00.000Z'); // 14:30 − 10 = 14:20 = taken.end
    expect(slots.map((s) => s.start)).not.toContain('2026-03-24T14:25:00.000Z');
  });
});
