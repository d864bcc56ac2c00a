import { z } from 'zod';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** Someone thanked a colleague; the message itself stays in recognition (erasure reaches it there). */
export const KudosGiven = defineEvent({
  type: 'kudos.given',
  topic: Topics.recognition,
  schemaVersion: 1,
  payload: z.object({
    id: z.string().uuid(),
    fromId: z.string().uuid(),
    toId: z.string().uuid(),
    /** Points credited to the recipient's ledger for this kudos. */
    points: z.number().int().nonnegative(),
  }),
});

export type KudosGivenPayload = z.infer<typeof KudosGiven.payload>;
