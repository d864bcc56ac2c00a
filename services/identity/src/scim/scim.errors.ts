import { DomainError } from '@mentormesh/graphql';

/** RFC 7644 §3.12 error types. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers';

/** A SCIM protocol error with its HTTP status and scimType. */
export class ScimProtocolError extends DomainError {
  readonly code = 'SCIM.PROTOCOL';
  readonly kind = 'BAD_USER_INPUT';
  constructor(
    readonly status: number,
    readonly scimType: ScimType | undefined,
    detail: string,
  ) {
    super(detail);
  }
}

export const invalidValue = (detail: string): ScimProtocolError =>
  new ScimProtocolError(400, 'invalidValue', detail);
