import { z } from 'zod';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

export const sessionFormatSchema = z.enum(['VIDEO_CALL', 'IN_PERSON', 'CHAT', 'ASYNC']);
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
  /** The match this session was booked for (matching's id), when it came from one. */
  matchId: z.string().uuid().nullable().optional(),
  /** The speed-mentoring event this session is a round of, when it is one. */
  speedEventId: z.string().uuid().nullable().optional(),
});

export const SessionBooked = defineEvent({
  type: 'session.booked',
  topic: Topics.session,
  schemaVersion: 1,
  payload: sessionSnapshotSchema,
});

export const SessionConfirmed = defineEvent({
  type: 'session.confirmed',
  topic: Topics.session,
  schemaVersion: 1,
  payload: sessionSnapshotSchema,
});

export const SessionRescheduled = defineEvent({
  type: 'session.rescheduled',
  topic: Topics.session,
  schemaVersion: 1,
  payload: sessionSnapshotSchema.extend({
    previousStartsAt: z.string().datetime({ offset: false }),
    previousEndsAt: z.string().datetime({ offset: false }),
  }),
});

export const SessionCancelled = defineEvent({
  type: 'session.cancelled',
  topic: Topics.session,
  schemaVersion: 1,
  payload: sessionSnapshotSchema.extend({
    /** Null when the system cancelled it (e.g. a participant was deactivated or erased). */
    cancelledBy: z.string().uuid().nullable(),
    reason: z.string().max(500).nullable(),
  }),
});

export const SessionCompleted = defineEvent({
  type: 'session.completed',
  topic: Topics.session,
  schemaVersion: 1,
  payload: sessionSnapshotSchema,
});

export const SessionNoShow = defineEvent({
  type: 'session.no_show',
  topic: Topics.session,
  schemaVersion: 1,
  payload: sessionSnapshotSchema.extend({ absentEmployeeIds: z.array(z.string().uuid()).min(1) }),
});

/** A reminder that is due now; emitted once per (session, participant, offset), never for a moved or cancelled session. */
export const SessionReminderDue = defineEvent({
  type: 'session.reminder_due',
  topic: Topics.session,
  schemaVersion: 1,
  payload: z.object({
    sessionId: z.string().uuid(),
    employeeId: z.string().uuid(),
    minutesBefore: z.number().int().positive(),
    startsAt: z.string().datetime({ offset: false }),
    dueAt: z.string().datetime({ offset: false }),
  }),
});

export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;
