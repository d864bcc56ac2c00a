import { buildPersonalCalendarFeed } from './build-personal-calendar-feed';
import { buildCalendarSession, ICS_OPTIONS, parseIcs } from './calendar.factory';

describe('buildPersonalCalendarFeed', () => {
  const sessions = [
    buildCalendarSession({ id: 's1', start: '2026-03-24T13:00:00Z', end: '2026-03-24T13:30:00Z' }),
    buildCalendarSession({
      id: 's2',
      timeZone: 'America/New_York',
      start: '2026-10-26T13:00:00Z',
      end: '2026-10-26T13:15:00Z',
    }),
    buildCalendarSession({ id: 's3', status: 'cancelled', sequence: 4 }),
  ];

  it('publishes every session with its own UID and zone', () => {
    const text = buildPersonalCalendarFeed({ calendarName: 'MentorMesh – Max', sessions }, ICS_OPTIONS);
    const parsed = parseIcs(text);
    expect(parsed.calendar.method).toBe('PUBLISH');
    expect(text).toContain('X-WR-CALNAME:MentorMesh – Max');
    expect(parsed.events.map((e) => e.uid)).toEqual([
      's1@mentormesh.example.com',
      's2@mentormesh.example.com',
      's3@mentormesh.example.com',
    ]);
    expect(parsed.events[1].start.tz).toBe('America/New_York');
    expect(parsed.events[1].start.toISOString()).toBe('2026-10-26T13:00:00.000Z');
    expect(parsed.timezones.map((t) => t.tzid).sort()).toEqual(['America/New_York', 'Europe/Berlin']);
  });

  it('keeps cancelled sessions as CANCELLED so subscribed clients drop them', () => {
    const events = parseIcs(buildPersonalCalendarFeed({ calendarName: 'x', sessions }, ICS_OPTIONS)).events;
    expect(events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
    expect(events.map((e) => e.transparency)).toEqual(['OPAQUE', 'OPAQUE', 'TRANSPARENT']);
  });

  it('does not ask for RSVPs in a feed', () => {
    expect(buildPersonalCalendarFeed({ calendarName: 'x', sessions }, ICS_OPTIONS)).not.toContain(
      'RSVP=TRUE',
    );
  });

  it('produces a valid empty calendar for someone without sessions', () => {
    const parsed = parseIcs(buildPersonalCalendarFeed({ calendarName: 'x', sessions: [] }, ICS_OPTIONS));
    expect(parsed.events).toEqual([]);
  });
});
