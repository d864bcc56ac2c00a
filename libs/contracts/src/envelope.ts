import { z } from 'zod';

/** The one envelope every event travels in. */
export const envelopeSchema = z.object({
  eventId: z.string().uuid(),
  type: z.string().regex(/^[a-z_]+\.[a-z_]+$/, 'must look like aggregate.happened'),
  schemaVersion: z.number().int().positive(),
  tenantId: z.string().uuid(),
  aggregateId: z.string().min(1).max(200),
  aggregateVersion: z.number().int().nonnegative(),
  occurredAt: z.string().datetime({ offset: false }),
  correlationId: z.string().min(1).max(200),
  causationId: z.string().min(1).max(200).nullable(),
  payload: z.record(z.unknown()),
});

export type EventEnvelope<P = Record<string, unknown>> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & {
  readonly payload: P;
};
