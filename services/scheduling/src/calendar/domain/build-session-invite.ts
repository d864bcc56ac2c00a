import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { InvalidInputError } from '../../scheduling.errors';
import { CalendarSession, IcsOptions } from './calendar.types';
import { addSessionEvent } from './session-event';
import { vtimezoneGenerator } from './vtimezone-generator';

export type InviteMethod = 'REQUEST' | 'CANCEL';

/**
 * An iTIP invite for one session, to be mailed to each participant:
 * - METHOD:REQUEST for a new or changed session (attendees asked to RSVP);
 * - METHOD:CANCEL when it is cancelled (STATUS:CANCELLED).
 * The UID is stable per session and SEQUENCE is the session's change counter, so clients
 * replace the earlier version instead of adding a second event.
 */
export function buildSessionInvite(
  session: CalendarSession,
  method: InviteMethod,
  options: IcsOptions,
): string {
  if (method !== 'REQUEST' && method !== 'CANCEL')
    throw new InvalidInputError('method', 'expected REQUEST or CANCEL');
  if (method === 'REQUEST' && session.status === 'cancelled') {
    throw new InvalidInputError('method', 'a cancelled session can only be sent as CANCEL');
  }
  const calendar = new ICalCalendar({
    prodId: { company: 'MentorMesh', product: options.productName ?? 'Scheduling', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    timezone: { name: null, generator: vtimezoneGenerator([session]) },
  });
  addSessionEvent(calendar, session, options, { cancelled: method === 'CANCEL', rsvp: method === 'REQUEST' });
  return calendar.toString();
}
