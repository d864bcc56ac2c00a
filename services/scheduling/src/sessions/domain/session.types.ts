import { IsoInstant } from '../../availability/domain';

/**
 * requested → confirmed → (rescheduled)* → completed | no_show, and cancelled from any
 * upcoming state. `rescheduled` behaves like `confirmed` but tells readers the time moved.
 */
export type SessionStatus = 'requested' | 'confirmed' | 'rescheduled' | 'cancelled' | 'completed' | 'no_show';

export type ParticipantRole = 'mentor' | 'mentee';

export interface SessionParticipant {
  readonly employeeId: string;
  readonly role: ParticipantRole;
}

export interface Cancellation {
  /** Employee id, or `system` for automatic expiry. */
  readonly by: string;
  readonly reason: string;
  readonly at: IsoInstant;
}

/** The lifecycle-relevant part of a session, as the domain sees it. */
export interface SessionState {
  readonly id: string;
  readonly status: SessionStatus;
  readonly organizerId: string;
  readonly participants: readonly SessionParticipant[];
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  /** Bumped on every change a calendar must see (time, status, cancellation): ICS SEQUENCE. */
  readonly sequence: number;
  readonly cancellation: Cancellation | null;
  /** Who did not show up (status `no_show`). */
  readonly absentees: readonly string[];
  /** When the session was completed or marked no-show. */
  readonly settledAt: IsoInstant | null;
}

/** Who asks for a change. Admin = ORG_ADMIN or LD_MANAGER of the tenant (the resolver decides). */
export type Actor =
  | { readonly kind: 'employee'; readonly employeeId: string }
  | { readonly kind: 'admin'; readonly employeeId: string }
  | { readonly kind: 'system' };

/** What happened, for the service to turn into an outbox event (`session.cancelled`, …). */
export type SessionChange = 'confirmed' | 'rescheduled' | 'cancelled' | 'completed' | 'no_show';

export interface SessionTransition {
  readonly session: SessionState;
  readonly previous: SessionState;
  readonly change: SessionChange;
}

/** Who may cancel: the organizer, any mentor or mentee participant, or an admin. */
export type CancellerRole = 'organizer' | 'mentor' | 'mentee' | 'admin';

/** Tenant-configurable rules for changing sessions. */
export interface SessionPolicy {
  readonly whoMayCancel: readonly CancellerRole[];
  /** Participants may cancel until this many minutes before start (admins until the end). */
  readonly cancelUntilMinutesBeforeStart: number;
  /** Participants may reschedule until this many minutes before the current start. */
  readonly rescheduleUntilMinutesBeforeStart: number;
  readonly cancellationReasonRequired: boolean;
  /** A confirmed session completes automatically this long after its end. */
  readonly autoCompleteAfterMinutes: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  whoMayCancel: ['organizer', 'mentor', 'mentee', 'admin'],
  cancelUntilMinutesBeforeStart: 60,
  rescheduleUntilMinutesBeforeStart: 60,
  cancellationReasonRequired: true,
  autoCompleteAfterMinutes: 30,
};
