import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { EventEnvelope, envelopeSchema } from './envelope';
import { EventRegistry, EventType, PayloadOf, findEventDefinition } from './events/registry';

/** A message that can never be processed, whatever the number of retries: its reason names the field. */
export class InvalidEventError extends Error {
  readonly code = 'CONTRACTS.INVALID_EVENT';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

function describe(error: ZodError, prefix: string): string {
  return error.issues.map((i) => `${[prefix, ...i.path].filter(Boolean).join('.')}: ${i.message}`).join('; ');
}

/** Parses raw bytes from Kafka into a validated envelope whose payload matches its type's schema. */
export function parseEvent(raw: Buffer | string | null): EventEnvelope {
  if (raw === null) throw new InvalidEventError('message has no value');
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch {
    throw new InvalidEventError('message is not valid JSON');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw new InvalidEventError(describe(envelope.error, ''));
  const definition = findEventDefinition(envelope.data.type);
  if (!definition) return envelope.data; // unknown types pass through; consumers ignore what they do not handle
  if (definition.schemaVersion < envelope.data.schemaVersion) {
    throw new InvalidEventError(
      `schemaVersion: ${envelope.data.schemaVersion} is newer than ${definition.schemaVersion} known for ${definition.type}`,
    );
  }
  const payload = definition.payload.safeParse(envelope.data.payload);
  if (!payload.success) throw new InvalidEventError(describe(payload.error, 'payload'));
  return { ...envelope.data, payload: payload.data as Record<string, unknown> };
}

export interface NewEvent<T extends EventType> {
  readonly type: T;
  readonly tenantId: string;
  readonly aggregateId: string;
  readonly aggregateVersion: number;
  readonly payload: PayloadOf<T>;
  readonly correlationId?: string;
  readonly causationId?: string | null;
  readonly occurredAt?: Date;
}

/** Builds a validated envelope; an invalid payload is a programming error and throws before anything is stored. */
export function buildEvent<T extends EventType>(event: NewEvent<T>): EventEnvelope<PayloadOf<T>> {
  const definition = EventRegistry[event.type];
  const eventId = randomUUID();
  const envelope = {
    eventId,
    type: event.type,
    schemaVersion: definition.schemaVersion,
    tenantId: event.tenantId,
    aggregateId: event.aggregateId,
    aggregateVersion: event.aggregateVersion,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    correlationId: event.correlationId ?? eventId,
    causationId: event.causationId ?? null,
    payload: event.payload as Record<string, unknown>,
  };
  const checked = envelopeSchema.safeParse(envelope);
  if (!checked.success) throw new InvalidEventError(describe(checked.error, ''));
  const payload = definition.payload.safeParse(event.payload);
  if (!payload.success) throw new InvalidEventError(describe(payload.error, 'payload'));
  return { ...checked.data, payload: payload.data } as EventEnvelope<PayloadOf<T>>;
}

export function topicOf(type: EventType): string {
  return EventRegistry[type].topic;
}
