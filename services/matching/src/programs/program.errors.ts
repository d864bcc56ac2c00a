import { DomainError } from '@mentormesh/graphql';
import { MatchingError } from '../matching.errors';

/** Also what another tenant's run id answers, so other tenants' runs are not revealed. */
export class UnknownProgramRunError extends DomainError {
  readonly code = 'MATCHING.UNKNOWN_PROGRAM_RUN';
  readonly kind = 'NOT_FOUND';
  constructor(field = 'id') {
    super(`${field}: no program run or plan has this id`, field);
  }
}

export class CohortRunNotFinishedError extends DomainError {
  readonly code = 'MATCHING.COHORT_RUN_NOT_SUCCEEDED';
  readonly kind = 'CONFLICT';
  constructor(status: string) {
    super(`id: only a SUCCEEDED run can be approved; this one is ${status}`, 'id');
  }
}

export class CohortRunAlreadyApprovedError extends DomainError {
  readonly code = 'MATCHING.COHORT_RUN_ALREADY_APPROVED';
  readonly kind = 'CONFLICT';
  constructor() {
    super('id: this run was already approved', 'id');
  }
}

/** A matching-domain validation error (field, stable code) at the API edge: BAD_USER_INPUT. */
export class ProgramInputError extends DomainError {
  readonly kind = 'BAD_USER_INPUT';
  constructor(
    readonly code: string,
    field: string,
    message: string,
  ) {
    super(message, field);
  }
}

/**
 * Translates the matching domain's own errors, renaming the field to the client's input path;
 * anything else passes through unchanged.
 */
export function translateMatchingError(
  error: unknown,
  fieldOf: (field: string) => string = (f) => f,
): unknown {
  if (!(error instanceof MatchingError)) return error;
  const field = fieldOf(error.field);
  const reason = error.message.startsWith(`${error.field}: `)
    ? error.message.slice(error.field.length + 2)
    : error.message;
  return new ProgramInputError(error.code, field, `${field}: ${reason}`);
}

/** Runs `work`, turning matching-domain errors into API errors that name the field. */
export async function withInputErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateMatchingError(error);
  }
}
