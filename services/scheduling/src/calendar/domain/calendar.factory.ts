import * as ical from 'node-ical';
import { CalendarSession, IcsOptions } from './calendar.types';

/** Test factory: a confirmed 30-minute video session at 14:00 Berlin. */
export function buildCalendarSession(overrides: Partial<CalendarSession> = {}): CalendarSession {
  return {
    id: 'session-42',
    sequence: 1,
    status: 'confirmed',
    start: '2026-03-31T12:00:00.000Z',
    end: '2026-03-31T12:30:00.000Z',
    timeZone: 'Europe/Berlin',
    title: 'Mentoring: TypeScript generics',
    agenda: 'How do I type a pipe(); of functions, step by step?',
    format: 'video',
    location: null,
    videoUrl: 'https://meet.example.com/mm-session-42',
    threadUrl: null,
    organizer: { name: 'Mia Mentee', email: 'mia@example.com' },
    attendees: [
      { name: 'Max Mentor', email: 'max@example.com' },
      { name: 'Mia Mentee', email: 'mia@example.com', response: 'accepted' },
    ],
    ...overrides,
  };
}

export const ICS_OPTIONS: IcsOptions = {
  uidDomain: 'mentormesh.example.com',
  now: new Date('2026-03-20T09:00:00Z'),
};

export interface ParsedCalendar {
  readonly calendar: ical.VCalendar;
  readonly events: readonly ical.VEvent[];
  readonly timezones: readonly ical.VTimeZone[];
}

/** Parses ICS text with node-ical, an independent parser, and sorts the components by type. */
export function parseIcs(text: string): ParsedCalendar {
  const components = Object.values(ical.sync.parseICS(text));
  const calendar = components.find((c): c is ical.VCalendar => c.type === 'VCALENDAR');
  if (!calendar) throw new Error('no VCALENDAR');
  return {
    calendar,
    events: components.filter((c): c is ical.VEvent => c.type === 'VEVENT'),
    timezones: components.filter((c): c is ical.VTimeZone => c.type === 'VTIMEZONE'),
  };
}

/** The `mailto:` address and CN of an organizer/attendee property as node-ical returns it. */
export function personOf(value: ical.Attendee | ical.Organizer): { email: string; name: string | undefined } {
  if (typeof value === 'string') return { email: value.replace(/^mailto:/i, ''), name: undefined };
  return { email: value.val.replace(/^mailto:/i, ''), name: value.params.CN };
}
