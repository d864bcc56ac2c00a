import {
  InvalidInputError,
  SchedulingError,
  SlotTakenError,
  SlotUnavailableError,
} from '../../scheduling.errors';
import { PersonAvailability } from './availability.types';
import { isSlotBookable, SlotRequest } from './is-slot-bookable';

/**
 * `isSlotBookable` for command handlers: throws the matching error instead of returning a
 * decision. Rule violations (length, past, notice, horizon, hours, alignment) are
 * InvalidInputError naming the field; another session is SlotTakenError; caps and calendar
 * busy time are SlotUnavailableError.
 */
export function assertSlotBookable(person: PersonAvailability, request: SlotRequest, now: Date): void {
  const decision = isSlotBookable(person, request, now);
  if (decision.bookable) return;
  throw toError(decision.reason, decision.field, decision.message);
}

function toError(reason: string, field: string, message: string): SchedulingError {
  if (reason === 'session_conflict') return new SlotTakenError(message);
  if (reason === 'daily_limit_reached' || reason === 'weekly_limit_reached' || reason === 'calendar_busy') {
    return new SlotUnavailableError(reason, message);
  }
  return new InvalidInputError(field, message);
}
