import { DomainError, ForbiddenError, ValidationError } from '@mentormesh/graphql';
import { FeedRefusedError, FeedUnavailableError, InvalidInputError } from '../scheduling.errors';

/** Renames domain field paths to the API's argument names (e.g. the domain's `window.to` is `to`). */
export type FieldNames = Readonly<Record<string, string>>;

/**
 * Turns the availability core's errors into API errors naming the field; anything else passes through.
 * Catch only to translate: `translateErrors(() => work(), { 'window.to': 'to' })`.
 */
export async function translateErrors<T>(work: () => Promise<T> | T, names: FieldNames = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toApiError(error, names);
  }
}

export function toApiError(error: unknown, names: FieldNames = {}): unknown {
  if (error instanceof InvalidInputError) {
    const field = renamed(error.field, names);
    return new ValidationError(field, error.message.slice(error.field.length + 2));
  }
  if (error instanceof FeedRefusedError || error instanceof FeedUnavailableError) {
    return new ValidationError(names.url ?? 'url', error.message);
  }
  return error;
}

function renamed(field: string, names: FieldNames): string {
  for (const [from, to] of Object.entries(names)) {
    if (field === from || field.startsWith(`${from}.`) || field.startsWith(`${from}[`)) {
      return to + field.slice(from.length);
    }
  }
  return field;
}

export class UnknownEmployeeError extends DomainError {
  readonly code = 'SCHEDULING.UNKNOWN_EMPLOYEE';
  readonly kind = 'BAD_USER_INPUT';
  constructor(field: string, employeeId: string) {
    super(`${field}: ${employeeId} is not an employee of this organization`, field);
  }
}

export class NotYourAvailabilityError extends ForbiddenError {
  constructor() {
    super('only organization admins may change or read another employee’s availability');
  }
}
