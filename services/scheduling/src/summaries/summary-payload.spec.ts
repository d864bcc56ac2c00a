import { AvailabilitySummaryPublished } from '@mentormesh/contracts';
import { buildPerson } from '../availability/domain/availability.factory';
import { buildSummaryPayload, SUMMARY_WEEKS } from './summary-payload';

const MENTOR = '7d8f2c4e-6a1b-4c3d-9e8f-0a1b2c3d4e5f';
const NOW = new Date('2026-03-02T07:00:00Z'); // Monday 08:00 in Berlin

describe('buildSummaryPayload', () => {
  it('builds a contract-valid payload with daily free minutes and the next free start', () => {
    const { payload } = buildSummaryPayload(MENTOR, buildPerson({ sessionLengths: [30, 15] }), NOW);
    expect(() => AvailabilitySummaryPublished.payload.parse(payload)).not.toThrow();
    expect(payload.days).toHaveLength(SUMMARY_WEEKS * 7);
    // Tue/Thu 14:00–16:00 Berlin (CET, UTC+1).
    expect(payload.days.slice(0, 4).map((d) => d.freeMinutes)).toEqual([0, 120, 0, 120]);
    expect(payload.nextFreeAt).toBe('2026-03-03T13:00:00.000Z');
    expect(payload.lengthsOffered).toEqual([15, 30]);
  });

  it('keeps the fingerprint when only the computation time differs, and changes it with the figures', () => {
    const person = buildPerson();
    const first = buildSummaryPayload(MENTOR, person, NOW);
    const later = buildSummaryPayload(MENTOR, person, new Date(NOW.getTime() + 60_000));
    expect(later.payload.generatedAt).not.toBe(first.payload.generatedAt);
    expect(later.fingerprint).toBe(first.fingerprint);
    const booked = buildPerson(
      {},
      { sessions: [{ start: '2026-03-03T13:00:00Z', end: '2026-03-03T13:30:00Z' }] },
    );
    expect(buildSummaryPayload(MENTOR, booked, NOW).fingerprint).not.toBe(first.fingerprint);
  });

  it('reports no next free start when nothing is bookable', () => {
    const { payload } = buildSummaryPayload(MENTOR, buildPerson({ weekly: [] }), NOW);
    expect(payload.nextFreeAt).toBeNull();
    expect(payload.days.every((d) => d.freeMinutes === 0)).toBe(true);
  });
});
