import { z } from 'zod';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

const isoInstant = z.string().datetime({ offset: false });

/**
 * Coarse free time of one employee for the coming weeks, so matching can rank by availability without
 * calling scheduling. Busy blocks from private calendars only shrink the figures; no event details leave.
 * Aggregate id = employee id; every publication replaces the previous one (version-checked).
 */
export const AvailabilitySummaryPublished = defineEvent({
  type: 'availability.summary_published',
  topic: Topics.availability,
  schemaVersion: 1,
  payload: z.object({
    employeeId: z.string().uuid(),
    timeZone: z.string().min(1).max(64),
    generatedAt: isoInstant,
    /** The first bookable start of the shortest offered length, or null when nothing is free in the horizon. */
    nextFreeAt: isoInstant.nullable(),
    /** Session lengths in minutes the employee offers. */
    lengthsOffered: z.array(z.number().int().min(5).max(60)),
    /** One entry per calendar day (employee's zone) in the horizon: bookable minutes that day. */
    days: z.array(
      z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), freeMinutes: z.number().int().min(0) }),
    ),
  }),
});

export type AvailabilitySummary = z.infer<typeof AvailabilitySummaryPublished.payload>;
