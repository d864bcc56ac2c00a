/**
 * Errors raised by the scheduling domain and its I/O helpers.
 * Each class carries a stable `code`; one mapper at the API edge turns codes into
 * GraphQL `extensions.code` (`BAD_USER_INPUT` naming `field`, `CONFLICT`, `FORBIDDEN`…).
 * Never throw HttpException or GraphQLError from domain code.
 */
export type SchedulingErrorCode =
  | 'SCHEDULING.INVALID_INPUT'
  | 'SCHEDULING.SLOT_TAKEN'
  | 'SCHEDULING.SLOT_UNAVAILABLE'
  | 'SCHEDULING.INVALID_TRANSITION'
  | 'SCHEDULING.NOT_PERMITTED'
  | 'SCHEDULING.CHANGE_WINDOW_CLOSED'
  | 'SCHEDULING.FEED_REFUSED'
  | 'SCHEDULING.FEED_UNAVAILABLE';

/** Base class: `instanceof SchedulingError` recognises every error of this service. */
export abstract class SchedulingError extends Error {
  abstract readonly code: SchedulingErrorCode;
}

/** A value supplied by the caller is malformed or not allowed; `field` names it (dotted path). */
export class InvalidInputError extends SchedulingError {
  readonly code = 'SCHEDULING.INVALID_INPUT';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidInputError';
  }
}

/** The slot collides with another session of one of the participants (buffers included). */
export class SlotTakenError extends SchedulingError {
  readonly code = 'SCHEDULING.SLOT_TAKEN';

  constructor(
    message = 'slot taken',
    readonly participantId: string | null = null,
  ) {
    super(message);
    this.name = 'SlotTakenError';
  }
}

/** The slot is free of sessions but not bookable (daily/weekly cap, calendar busy time). */
export class SlotUnavailableError extends SchedulingError {
  readonly code = 'SCHEDULING.SLOT_UNAVAILABLE';

  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'SlotUnavailableError';
  }
}

/** The requested lifecycle action is not possible from the session's current status. */
export class InvalidTransitionError extends SchedulingError {
  readonly code = 'SCHEDULING.INVALID_TRANSITION';

  constructor(
    readonly from: string,
    readonly action: string,
    detail?: string,
  ) {
    super(`cannot ${action.replace('_', ' ')} a session that is ${from}${detail ? ` and ${detail}` : ''}`);
    this.name = 'InvalidTransitionError';
  }
}

/** The actor may not perform this action on this session (policy or not a participant). */
export class ActionNotPermittedError extends SchedulingError {
  readonly code = 'SCHEDULING.NOT_PERMITTED';

  constructor(
    readonly action: string,
    message: string,
  ) {
    super(message);
    this.name = 'ActionNotPermittedError';
  }
}

/** The action came after the policy's deadline (e.g. cancelling less than 2 h before start). */
export class ChangeWindowClosedError extends SchedulingError {
  readonly code = 'SCHEDULING.CHANGE_WINDOW_CLOSED';

  constructor(
    readonly action: string,
    readonly deadline: string,
  ) {
    super(`${action} was possible until ${deadline}`);
    this.name = 'ChangeWindowClosedError';
  }
}

export type FeedRefusalReason =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'forbidden_address'
  | 'too_many_redirects'
  | 'too_large'
  | 'timeout';

/** The calendar-feed fetcher refused on policy grounds (SSRF guard or resource caps). */
export class FeedRefusedError extends SchedulingError {
  readonly code = 'SCHEDULING.FEED_REFUSED';

  constructor(
    readonly reason: FeedRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'FeedRefusedError';
  }
}

export type FeedFailureReason = 'dns_failure' | 'network' | 'http_status' | 'invalid_calendar';

/** The calendar feed could not be read (DNS, network, HTTP status, unparsable ICS). */
export class FeedUnavailableError extends SchedulingError {
  readonly code = 'SCHEDULING.FEED_UNAVAILABLE';

  constructor(
    readonly reason: FeedFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'FeedUnavailableError';
  }
}
