import { InvalidInputError } from '../../scheduling.errors';
import { IsoInstant } from './availability.types';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant with an explicit offset into epoch milliseconds.
 * Strings without an offset are refused: an instant must not depend on the server's zone.
 */
export function parseInstant(value: IsoInstant, field: string): number {
  const ms = readInstant(value);
  if (Number.isNaN(ms)) {
    throw new InvalidInputError(field, `expected an ISO 8601 instant with offset, got "${String(value)}"`);
  }
  return ms;
}

/** Like `parseInstant` but returns NaN instead of throwing (hot loops build field names only on error). */
export function readInstant(value: IsoInstant): number {
  return typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
}

/** Formats epoch milliseconds as a UTC ISO 8601 instant (`2026-03-30T12:00:00.000Z`). */
export function formatInstant(ms: number): IsoInstant {
  return new Date(ms).toISOString();
}
