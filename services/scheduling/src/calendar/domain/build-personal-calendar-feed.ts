import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { InvalidInputError } from '../../scheduling.errors';
import { CalendarSession, IcsOptions } from './calendar.types';
import { addSessionEvent } from './session-event';
import { vtimezoneGenerator } from './vtimezone-generator';

export interface PersonalFeedInput {
  /** Shown by clients as the subscribed calendar's name (X-WR-CALNAME). */
  readonly calendarName: string;
  readonly sessions: readonly CalendarSession[];
  /** Suggested polling interval for clients, in minutes; default 60. */
  readonly refreshMinutes?: number;
}

/**
 * A subscribable personal feed (METHOD:PUBLISH) listing an employee's sessions. Cancelled
 * sessions stay in the feed as STATUS:CANCELLED so clients that cached them remove them.
 * UIDs and SEQUENCE match the mailed invites, so feed and invite entries are the same event.
 */
export function buildPersonalCalendarFeed(input: PersonalFeedInput, options: IcsOptions): string {
  const refresh = input.refreshMinutes ?? 60;
  if (!Number.isInteger(refresh) || refresh < 5 || refresh > 1440) {
    throw new InvalidInputError('refreshMinutes', 'expected whole minutes between 5 and 1440');
  }
  const calendar = new ICalCalendar({
    prodId: { company: 'MentorMesh', product: options.productName ?? 'Scheduling', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: input.calendarName,
    ttl: refresh * 60,
    timezone:
      input.sessions.length > 0 ? { name: null, generator: vtimezoneGenerator(input.sessions) } : null,
  });
  for (const session of input.sessions) {
    addSessionEvent(calendar, session, options, { cancelled: session.status === 'cancelled', rsvp: false });
  }
  return calendar.toString();
}
