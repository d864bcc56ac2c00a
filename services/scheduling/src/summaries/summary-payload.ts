import { createHash } from 'node:crypto';
import type { AvailabilitySummary } from '@mentormesh/contracts';
import {
  availableSlots,
  MIN_SESSION_MINUTES,
  PersonAvailability,
  summarizeAvailability,
} from '../availability/domain';

/** How far ahead summaries look. */
export const SUMMARY_WEEKS = 4;

export interface SummaryDraft {
  readonly payload: AvailabilitySummary;
  /** Identifies the content regardless of when it was computed: equal fingerprints are not republished. */
  readonly fingerprint: string;
}

/**
 * The `availability.summary_published` payload for one person (pure): free minutes per local day for the
 * next weeks and the first bookable start of the shortest offered length. No busy details, only figures.
 */
export function buildSummaryPayload(employeeId: string, person: PersonAvailability, now: Date): SummaryDraft {
  const summary = summarizeAvailability(person, { weeks: SUMMARY_WEEKS }, now);
  const lengths = [...person.rules.sessionLengths].sort((a, b) => a - b);
  const shortest = lengths[0] ?? MIN_SESSION_MINUTES;
  const to = new Date(now.getTime() + SUMMARY_WEEKS * 7 * 86_400_000);
  const [first] = availableSlots(
    { ...person, length: shortest, window: { from: now.toISOString(), to: to.toISOString() } },
    now,
  );
  const content = {
    employeeId,
    timeZone: summary.timeZone,
    nextFreeAt: first?.start ?? null,
    lengthsOffered: lengths,
    days: summary.days.map((d) => ({ date: d.date, freeMinutes: d.freeMinutes })),
  };
  const fingerprint = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return { payload: { ...content, generatedAt: summary.generatedAt }, fingerprint };
}
