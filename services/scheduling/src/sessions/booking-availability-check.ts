import { EntityManager } from 'typeorm';
import { SessionParticipantRecord } from './session.record';

/** A slot about to be booked (or a session about to move there). */
export interface SlotCheck {
  readonly tenantId: string;
  readonly participants: readonly SessionParticipantRecord[];
  readonly start: Date;
  readonly end: Date;
  /** When moving a session: its own current time does not count against the new one. */
  readonly sessionId?: string;
}

/**
 * The availability rules' say on a booking (working hours, notice, horizon, caps, lengths offered), asked
 * inside the booking transaction before the exclusion constraint settles conflicts. The availability feature
 * provides it (as a global provider of this token) and throws an edge error naming the field; without one,
 * only the constraint and the basic checks apply.
 */
export interface BookingAvailabilityCheck {
  assertBookable(manager: EntityManager, slot: SlotCheck, now: Date): Promise<void>;
}

export const BOOKING_AVAILABILITY_CHECK = Symbol('BOOKING_AVAILABILITY_CHECK');
