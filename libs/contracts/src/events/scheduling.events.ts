import { z } from 'zod';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

export const sessionFormatSchema = z.enum(['VIDEO_CALL', 'IN_PERSON', 'CHAT']);
export const sessionStatusSchema = z.enum([
  'requested',
  'confirmed',
  'rescheduled',
  'cancelled',
  'completed',
  'no_show',
]);
export const participantRoleSchema = z.enum(['mentor', 'mentee']);

/**
 * Event-carried state of a session. The agenda (free text the participants wrote) stays in scheduling:
 * no consumer needs it, and keeping it off the topics keeps personal data where erasure can reach it.
 */
export const sessionSnapshotSchema = z.object({
  id: z.string().uuid(),
  status: sessionStatusSchema,
  format: sessionFormatSchema,
  startsAt: z.string().datetime({ offset: false }),
  endsAt: z.string().datetime({ offset: false }),
  /** Null once the creator has been erased. */
  createdBy: z.string().uuid().nullable(),
  participants: z.array(z.object({ employeeId: z.string().uuid(), role: participantRoleSchema })).min(2),
});

export const SessionBooked = defineEvent({
  type: 'session.booked',
  topic: Topics.session,
  schemaVersion: 1,
  payload: sessionSnapshotSchema,
});

export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;
