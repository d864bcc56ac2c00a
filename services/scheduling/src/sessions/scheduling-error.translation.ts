import { isDomainError } from '@mentormesh/graphql';
import {
  ActionNotPermittedError,
  InvalidInputError,
  SchedulingError,
  SlotTakenError as DomainSlotTakenError,
} from '../scheduling.errors';
import { SchedulingRuleError, SlotTakenError } from './session.errors';

const EXCLUSION_VIOLATION = '23P01';
const KEY_DETAIL = /=\([0-9a-f-]{36}, ([0-9a-f-]{36}),/i;

/** The participant a 23P01 exclusion violation names, from PostgreSQL's `Key (...)=(...)` detail. */
export function slotTakenFrom(error: unknown): SlotTakenError | null {
  const pg = error as { code?: string; detail?: string; driverError?: { code?: string; detail?: string } };
  const code = pg.code ?? pg.driverError?.code;
  if (code !== EXCLUSION_VIOLATION) return null;
  const detail = pg.detail ?? pg.driverError?.detail ?? '';
  return new SlotTakenError(KEY_DETAIL.exec(detail)?.[1] ?? null);
}

/** Turns the pure domain's errors and PostgreSQL's exclusion violation into edge errors; others pass. */
export function toEdgeError(error: unknown): unknown {
  if (isDomainError(error)) return error;
  const slotTaken = slotTakenFrom(error);
  if (slotTaken) return slotTaken;
  if (!(error instanceof SchedulingError)) return error;
  if (error instanceof InvalidInputError) {
    return new SchedulingRuleError(error.code, 'BAD_USER_INPUT', error.message, error.field);
  }
  if (error instanceof DomainSlotTakenError) return new SlotTakenError(error.participantId);
  if (error instanceof ActionNotPermittedError) {
    return new SchedulingRuleError(error.code, 'FORBIDDEN', error.message);
  }
  return new SchedulingRuleError(error.code, 'CONFLICT', error.message);
}

/** Runs work and rethrows its failure as an edge error. */
export async function withEdgeErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error: unknown) {
    throw toEdgeError(error);
  }
}
