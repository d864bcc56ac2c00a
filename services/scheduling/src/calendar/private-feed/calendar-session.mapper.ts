import { CalendarAttendee, CalendarPerson, CalendarSession, SessionFormat } from '../domain';
import { SessionRecord } from '../../sessions/session.record';
import { CalendarContact } from './calendar-contact.repository';

const FORMATS: Record<string, SessionFormat> = {
  VIDEO_CALL: 'video',
  IN_PERSON: 'in_person',
  CHAT: 'chat',
  ASYNC: 'async',
};

/**
 * What invites and feeds show about a stored session. People without a known address (not yet synced, or
 * erased) are left out of the attendees; the organizer falls back to the service's own address.
 */
export function toCalendarSession(
  { session, participants }: SessionRecord,
  contacts: ReadonlyMap<string, CalendarContact>,
  uidDomain: string,
): CalendarSession {
  const people = participants.map((p) => ({ ...p, contact: contacts.get(p.employeeId) }));
  const mentors = people.filter((p) => p.role === 'mentor' && p.contact).map((p) => p.contact!.displayName);
  const organizerContact = session.createdBy ? contacts.get(session.createdBy) : undefined;
  const organizer: CalendarPerson = organizerContact
    ? { name: organizerContact.displayName, email: organizerContact.email }
    : { name: 'MentorMesh', email: `no-reply@${uidDomain}` };
  const attendees: CalendarAttendee[] = people
    .filter((p) => p.contact)
    .map((p) => ({
      name: p.contact!.displayName,
      email: p.contact!.email,
      response: p.employeeId === session.createdBy ? 'accepted' : 'needs_action',
    }));
  return {
    id: session.id,
    sequence: session.sequence,
    status: session.status,
    start: session.startsAt.toISOString(),
    end: session.endsAt.toISOString(),
    timeZone: session.timeZone,
    title: mentors.length > 0 ? `Mentoring with ${mentors.join(', ')}` : 'Mentoring session',
    agenda: session.agenda || null,
    format: FORMATS[session.format] ?? 'video',
    location: session.location,
    videoUrl: session.videoUrl,
    threadUrl: session.threadUrl,
    organizer,
    attendees,
  };
}
