import * as ical from 'node-ical';
import { buildSessionInvite } from './build-session-invite';
import { buildCalendarSession, ICS_OPTIONS, parseIcs, personOf } from './calendar.factory';

function onlyEvent(text: string): ical.VEvent {
  const { events } = parseIcs(text);
  expect(events).toHaveLength(1);
  return events[0];
}

describe('buildSessionInvite', () => {
  it('produces a METHOD:REQUEST invite that an independent parser reads back', () => {
    const text = buildSessionInvite(buildCalendarSession(), 'REQUEST', ICS_OPTIONS);
    const parsed = parseIcs(text);
    const event = onlyEvent(text);
    expect(parsed.calendar.method).toBe('REQUEST');
    expect(event.uid).toBe('session-42@mentormesh.example.com');
    expect(event.sequence).toBe('1');
    expect(event.status).toBe('CONFIRMED');
    expect(event.summary).toBe('Mentoring: TypeScript generics');
    expect(event.dtstamp.toISOString()).toBe('2026-03-20T09:00:00.000Z');
  });

  it('writes times in the organizer zone with a VTIMEZONE, keeping the instant', () => {
    const text = buildSessionInvite(buildCalendarSession(), 'REQUEST', ICS_OPTIONS);
    const event = onlyEvent(text);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260331T140000');
    expect(event.start.tz).toBe('Europe/Berlin');
    expect(event.start.toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(event.end.toISOString()).toBe('2026-03-31T12:30:00.000Z');
    expect(parseIcs(text).timezones.map((t) => t.tzid)).toEqual(['Europe/Berlin']);
    expect(text).toMatch(
      /BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200/,
    );
  });

  it('writes a New York organizer’s session in New York time', () => {
    const session = buildCalendarSession({
      timeZone: 'America/New_York',
      start: '2026-03-09T13:00:00Z',
      end: '2026-03-09T13:30:00Z',
    });
    const text = buildSessionInvite(session, 'REQUEST', ICS_OPTIONS);
    expect(text).toContain('DTSTART;TZID=America/New_York:20260309T090000');
    expect(onlyEvent(text).start.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('names organizer and attendees and asks attendees to RSVP', () => {
    const event = onlyEvent(buildSessionInvite(buildCalendarSession(), 'REQUEST', ICS_OPTIONS));
    expect(personOf(event.organizer)).toEqual({ email: 'mia@example.com', name: 'Mia Mentee' });
    const attendees = Array.isArray(event.attendee) ? event.attendee : [event.attendee];
    expect(attendees.map((a) => a && personOf(a).email)).toEqual(['max@example.com', 'mia@example.com']);
    const first = attendees[0];
    expect(typeof first === 'object' && first.params).toEqual(
      expect.objectContaining({ PARTSTAT: 'NEEDS-ACTION', RSVP: true, ROLE: 'REQ-PARTICIPANT' }),
    );
  });

  it('carries the video link as location and URL and the agenda in the description', () => {
    const event = onlyEvent(buildSessionInvite(buildCalendarSession(), 'REQUEST', ICS_OPTIONS));
    expect(event.location).toBe('https://meet.example.com/mm-session-42');
    expect(event.description).toBe(
      'Agenda:\nHow do I type a pipe(); of functions, step by step?\n\nJoin video call: https://meet.example.com/mm-session-42',
    );
  });

  it('uses the room as location for in-person sessions', () => {
    const session = buildCalendarSession({
      format: 'in_person',
      location: 'Berlin HQ, Room 4.12',
      videoUrl: null,
    });
    const event = onlyEvent(buildSessionInvite(session, 'REQUEST', ICS_OPTIONS));
    expect(event.location).toBe('Berlin HQ, Room 4.12');
    expect(event.description).toContain('Location: Berlin HQ, Room 4.12');
  });

  it('marks an unconfirmed request as tentative', () => {
    const event = onlyEvent(
      buildSessionInvite(buildCalendarSession({ status: 'requested' }), 'REQUEST', ICS_OPTIONS),
    );
    expect(event.status).toBe('TENTATIVE');
  });

  it('sends a METHOD:CANCEL with the same UID and a higher SEQUENCE', () => {
    const invite = onlyEvent(
      buildSessionInvite(buildCalendarSession({ sequence: 1 }), 'REQUEST', ICS_OPTIONS),
    );
    const text = buildSessionInvite(
      buildCalendarSession({ sequence: 2, status: 'cancelled' }),
      'CANCEL',
      ICS_OPTIONS,
    );
    const cancel = onlyEvent(text);
    expect(parseIcs(text).calendar.method).toBe('CANCEL');
    expect(cancel.uid).toBe(invite.uid);
    expect(Number(cancel.sequence)).toBeGreaterThan(Number(invite.sequence));
    expect(cancel.status).toBe('CANCELLED');
  });

  it('keeps the UID and raises the SEQUENCE when a rescheduled session is re-sent', () => {
    const moved = buildCalendarSession({
      sequence: 3,
      status: 'rescheduled',
      start: '2026-04-02T12:00:00Z',
      end: '2026-04-02T12:30:00Z',
    });
    const event = onlyEvent(buildSessionInvite(moved, 'REQUEST', ICS_OPTIONS));
    expect(event.uid).toBe('session-42@mentormesh.example.com');
    expect(event.sequence).toBe('3');
    expect(event.start.toISOString()).toBe('2026-04-02T12:00:00.000Z');
  });

  it.each([
    ['an unknown zone', { timeZone: 'Berlin/Mitte' }, 'REQUEST', 'timeZone'],
    [
      'a bad attendee address',
      { attendees: [{ name: 'X', email: 'not-an-address' }] },
      'REQUEST',
      'attendees[0].email',
    ],
    ['a REQUEST for a cancelled session', { status: 'cancelled' as const }, 'REQUEST', 'method'],
  ] as const)('rejects %s naming the field', (_name, overrides, method, field) => {
    expect(() => buildSessionInvite(buildCalendarSession(overrides), method, ICS_OPTIONS)).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.INVALID_INPUT', field }),
    );
  });
});
