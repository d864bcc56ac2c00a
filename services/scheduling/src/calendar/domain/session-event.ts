import {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalEventBusyStatus,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { normalizeTimeZone, parseInstant } from '../../availability/domain';
import { InvalidInputError } from '../../scheduling.errors';
import { AttendeeResponse, CalendarSession, IcsOptions } from './calendar.types';
import { sessionUid } from './session-uid';

const PARTSTAT: Readonly<Record<AttendeeResponse, ICalAttendeeStatus>> = {
  needs_action: ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
  tentative: ICalAttendeeStatus.TENTATIVE,
};

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Adds one VEVENT for a session: stable UID, SEQUENCE, organizer, attendees (RSVP when
 * `rsvp`), times in the organizer's zone, location or link, and a description with the agenda.
 * `cancelled` forces STATUS:CANCELLED (for METHOD:CANCEL and cancelled feed entries).
 */
export function addSessionEvent(
  calendar: ICalCalendar,
  session: CalendarSession,
  options: IcsOptions,
  flags: { readonly cancelled: boolean; readonly rsvp: boolean },
): void {
  const zone = normalizeTimeZone(session.timeZone);
  checkPeople(session);
  calendar.createEvent({
    id: sessionUid(session.id, options.uidDomain),
    sequence: checkedSequence(session.sequence),
    stamp: DateTime.fromJSDate(options.now, { zone: 'utc' }),
    start: DateTime.fromMillis(parseInstant(session.start, 'start'), { zone }),
    end: DateTime.fromMillis(parseInstant(session.end, 'end'), { zone }),
    timezone: zone,
    summary: session.title,
    description: describeSession(session),
    location: placeOf(session),
    url: session.videoUrl ?? session.threadUrl,
    organizer: { name: session.organizer.name, email: session.organizer.email },
    attendees: session.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      role: ICalAttendeeRole.REQ,
      status: PARTSTAT[a.response ?? 'needs_action'],
      rsvp: flags.rsvp,
    })),
    status: statusOf(session, flags.cancelled),
    transparency: flags.cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    busystatus: flags.cancelled ? ICalEventBusyStatus.FREE : ICalEventBusyStatus.BUSY,
  });
}

/** Plain-text description: agenda, then how to join. */
export function describeSession(session: CalendarSession): string {
  const parts = [session.agenda?.trim() ? `Agenda:\n${session.agenda.trim()}` : null];
  if (session.videoUrl) parts.push(`Join video call: ${session.videoUrl}`);
  if (session.format === 'in_person' && session.location) parts.push(`Location: ${session.location}`);
  if (session.threadUrl) parts.push(`Chat thread: ${session.threadUrl}`);
  return parts.filter((p): p is string => p !== null).join('\n\n');
}

function placeOf(session: CalendarSession): string | null {
  if (session.format === 'in_person') return session.location;
  if (session.format === 'video') return session.videoUrl;
  return session.format === 'chat' ? session.threadUrl : null;
}

function statusOf(session: CalendarSession, cancelled: boolean): ICalEventStatus {
  if (cancelled || session.status === 'cancelled') return ICalEventStatus.CANCELLED;
  return session.status === 'requested' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

function checkedSequence(sequence: number): number {
  if (!Number.isInteger(sequence) || sequence < 0)
    throw new InvalidInputError('sequence', 'expected a whole number ≥ 0');
  return sequence;
}

function checkPeople(session: CalendarSession): void {
  if (!EMAIL.test(session.organizer.email))
    throw new InvalidInputError('organizer.email', 'expected an e-mail address');
  session.attendees.forEach((a, i) => {
    if (!EMAIL.test(a.email))
      throw new InvalidInputError(`attendees[${i}].email`, 'expected an e-mail address');
  });
}
