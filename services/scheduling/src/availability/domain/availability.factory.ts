import { AvailabilityRules, PersonAvailability } from './availability.types';
import { availableSlots } from './available-slots';

/** Test factory: a mentor in Berlin, Tue/Thu 14:00–16:00, 15-minute grid, no buffers or caps. */
export function buildRules(overrides: Partial<AvailabilityRules> = {}): AvailabilityRules {
  return {
    timeZone: 'Europe/Berlin',
    weekly: [{ weekdays: [2, 4], start: '14:00', end: '16:00' }],
    overrides: [],
    timeOff: [],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 365,
    maxSessionsPerDay: null,
    maxSessionsPerWeek: null,
    sessionLengths: [15, 30, 60],
    slotGranularityMinutes: 15,
    ...overrides,
  };
}

/** Test factory: a person with the given rule overrides and optional sessions / busy blocks. */
export function buildPerson(
  rules: Partial<AvailabilityRules> = {},
  extra: Partial<Omit<PersonAvailability, 'rules'>> = {},
): PersonAvailability {
  return { rules: buildRules(rules), sessions: [], busy: [], ...extra };
}

/** Test helper: start instants of `availableSlots` for a person and window. */
export function slotStarts(
  person: PersonAvailability,
  from: string,
  to: string,
  length = 30,
  now = new Date('2026-03-01T00:00:00Z'),
): string[] {
  return availableSlots({ ...person, length, window: { from, to } }, now).map((s) => s.start);
}

/** Test helper: slots of a person with these rules starting on `day` (UTC, window opened 6 h early). */
export function slotStartsOn(rules: Partial<AvailabilityRules>, day: string, length = 30): string[] {
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - 6 * 3_600_000).toISOString();
  return slotStarts(buildPerson(rules), from, `${day}T23:59:59Z`, length);
}
