import { z } from 'zod';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * One participant rated another after a session. The comment stays in feedback (it is personal data
 * that erasure must reach); consumers get the rating only.
 */
export const FeedbackSubmitted = defineEvent({
  type: 'feedback.submitted',
  topic: Topics.feedback,
  schemaVersion: 1,
  payload: z.object({
    id: z.string().uuid(),
    sessionId: z.string().uuid(),
    authorId: z.string().uuid(),
    subjectId: z.string().uuid(),
    rating: z.number().int().min(1).max(5),
    hasComment: z.boolean(),
  }),
});

export type FeedbackSubmittedPayload = z.infer<typeof FeedbackSubmitted.payload>;
