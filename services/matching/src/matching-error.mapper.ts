import { DomainError, ValidationError } from '@mentormesh/graphql';
import { MatchingError } from './matching.errors';

/**
 * Runs domain code and turns its MatchingErrors into validation errors for the API edge, with the
 * field renamed to the client's input path (`first`, `input.window`).
 */
export function asInputError(error: unknown, fieldOf: (domainField: string) => string = (f) => f): unknown {
  if (!(error instanceof MatchingError)) return error;
  const field = fieldOf(error.field);
  const reason = error.message.startsWith(`${error.field}: `)
    ? error.message.slice(error.field.length + 2)
    : error.message;
  const translated: DomainError = new ValidationError(field, reason);
  Object.defineProperty(translated, 'code', { value: error.code });
  return translated;
}
