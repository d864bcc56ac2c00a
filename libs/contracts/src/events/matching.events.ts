import { z } from 'zod';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

export const matchStatusSchema = z.enum(['PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN']);
export const mentoringFormatSchema = z.enum(['VIDEO_CALL', 'IN_PERSON', 'CHAT', 'ASYNC']);

/**
 * Event-carried state of a match between a mentee and a mentor. The mentee's question (free text) stays in
 * matching: it is personal data that erasure must reach. Aggregate id = match id.
 */
export const matchSnapshotSchema = z.object({
  id: z.string().uuid(),
  requestId: z.string().uuid().nullable(),
  /** Cohort run or rotation plan the match came from, when it did not come from a request. */
  programRunId: z.string().uuid().nullable(),
  menteeId: z.string().uuid(),
  mentorId: z.string().uuid(),
  status: matchStatusSchema,
  score: z.number(),
  format: mentoringFormatSchema,
  lengthMinutes: z.number().int().min(5).max(60),
  /** Set for DECLINED (the mentor's reason code) and EXPIRED ('no_answer'). */
  reason: z.string().max(200).nullable(),
  /** ISO instant until which a PROPOSED match waits for the mentor's answer. */
  respondBy: z.string().datetime({ offset: false }).nullable(),
});

const matchEvent = <T extends string>(type: T) =>
  defineEvent({ type, topic: Topics.match, schemaVersion: 1, payload: matchSnapshotSchema });

export const MatchProposed = matchEvent('match.proposed');
export const MatchAccepted = matchEvent('match.accepted');
export const MatchDeclined = matchEvent('match.declined');
export const MatchExpired = matchEvent('match.expired');
export const MatchWithdrawn = matchEvent('match.withdrawn');

/** A mentor's public matching profile (no bio text: that stays in matching). Aggregate id = employee id. */
export const MentorProfileUpserted = defineEvent({
  type: 'mentor_profile.upserted',
  topic: Topics.mentorProfile,
  schemaVersion: 1,
  payload: z.object({
    employeeId: z.string().uuid(),
    isMentor: z.boolean(),
    paused: z.boolean(),
    formats: z.array(mentoringFormatSchema),
    lengthsOffered: z.array(z.number().int().min(5).max(60)),
    sessionsPerWeek: z.number().int().min(0),
  }),
});

/**
 * The rotation plan of a speed-mentoring event / mentor mixer: who meets whom in which round. Scheduling
 * keeps a read model of plans and lays an event's rounds out in time. Aggregate id = plan id.
 */
export const RotationPlanPublished = defineEvent({
  type: 'rotation_plan.published',
  topic: Topics.rotationPlan,
  schemaVersion: 1,
  payload: z.object({
    planId: z.string().uuid(),
    name: z.string().max(200),
    mentorIds: z.array(z.string().uuid()).min(1),
    participantIds: z.array(z.string().uuid()).min(1),
    rounds: z
      .array(
        z.object({
          round: z.number().int().min(1),
          pairs: z.array(
            z.object({ mentorId: z.string().uuid(), participantIds: z.array(z.string().uuid()).min(1) }),
          ),
          sittingOut: z.array(z.string().uuid()),
        }),
      )
      .min(1),
  }),
});

export type MatchSnapshot = z.infer<typeof matchSnapshotSchema>;
export type RotationPlan = z.infer<typeof RotationPlanPublished.payload>;
