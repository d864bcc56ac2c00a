import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvalidInputError } from '../scheduling.errors';
import type { BookingAvailabilityCheck, SlotCheck } from '../sessions/booking-availability-check';
import { AvailabilityLoader } from './availability-loader';
import { assertSlotBookable, isSlotBookable } from './domain';

const MINUTE_MS = 60_000;
/** The booking input's names for the fields the availability core blames. */
const BOOKING_FIELDS = { start: 'startsAt', length: 'lengthMinutes' } as const;
const NOT_INPUT_PROBLEMS = new Set([
  'session_conflict',
  'daily_limit_reached',
  'weekly_limit_reached',
  'calendar_busy',
]);

/**
 * The mentors' availability rules have the last word on a booking or reschedule, inside its transaction:
 * lengths offered, notice, horizon, working hours minus time off, caps, other sessions with buffers and
 * calendar busy time. A mentor who saved no rules is not restricted beyond the exclusion constraint;
 * mentees' own mentoring hours say nothing about when they may be mentored, so only mentors are checked.
 */
@Injectable()
export class AvailabilityBookingCheck implements BookingAvailabilityCheck {
  constructor(private readonly loader: AvailabilityLoader) {}

  async assertBookable(m: EntityManager, slot: SlotCheck, now: Date): Promise<void> {
    const mentors = slot.participants.filter((p) => p.role === 'mentor').map((p) => p.employeeId);
    if (mentors.length === 0) return;
    const people = await this.loader.load(
      m,
      slot.tenantId,
      mentors,
      { from: slot.start, to: slot.end },
      () => null,
      slot.sessionId,
    );
    const request = {
      start: slot.start.toISOString(),
      length: Math.round((slot.end.getTime() - slot.start.getTime()) / MINUTE_MS),
    };
    for (const mentorId of mentors) {
      const person = people.get(mentorId);
      if (!person) continue;
      const decision = isSlotBookable(person, request, now);
      if (decision.bookable) continue;
      // Slot taken, caps and calendar busy time: the same errors as everywhere else.
      if (NOT_INPUT_PROBLEMS.has(decision.reason)) assertSlotBookable(person, request, now);
      throw new InvalidInputError(BOOKING_FIELDS[decision.field], `${decision.message} (mentor ${mentorId})`);
    }
  }
}
