import { z } from 'zod';

/** One event type: its name, the topic its aggregate lives on, its schema version and payload schema. */
export interface EventDefinition<T extends string = string, S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly type: T;
  readonly topic: string;
  readonly schemaVersion: number;
  readonly payload: S;
}

export function defineEvent<T extends string, S extends z.ZodTypeAny>(
  definition: EventDefinition<T, S>,
): EventDefinition<T, S> {
  return Object.freeze(definition);
}
