/** Stable codes the GraphQL edge maps to `extensions.code` (INVALID_INPUT, UNKNOWN_SKILL → BAD_USER_INPUT). */
export type MatchingErrorCode =
  | 'MATCHING.INVALID_INPUT'
  | 'MATCHING.UNKNOWN_SKILL'
  | 'MATCHING.NO_FEASIBLE_PAIRS';

/** Base class of every error the matching domain throws. `field` names the offending input path. */
export abstract class MatchingError extends Error {
  abstract readonly code: MatchingErrorCode;

  protected constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule: out of range, malformed, inconsistent. */
export class InvalidMatchingInputError extends MatchingError {
  readonly code = 'MATCHING.INVALID_INPUT';

  constructor(field: string, reason: string) {
    super(field, `${field}: ${reason}`);
  }
}

/** A requested skill that is not in the tenant's catalog. */
export class UnknownSkillError extends MatchingError {
  readonly code = 'MATCHING.UNKNOWN_SKILL';

  constructor(
    field: string,
    readonly skillId: string,
  ) {
    super(field, `${field}: unknown skill "${skillId}"`);
  }
}

/** A cohort assignment or rotation in which no mentee/mentor pair is allowed at all. */
export class NoFeasiblePairsError extends MatchingError {
  readonly code = 'MATCHING.NO_FEASIBLE_PAIRS';

  constructor(field: string, reason: string) {
    super(field, `${field}: ${reason}`);
  }
}
