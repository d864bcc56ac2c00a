import { createHash, randomUUID } from 'node:crypto';
import { waitFor } from '@mentormesh/testing';
import { parseIcs, personOf } from '../src/calendar/domain/calendar.factory';
import { asOwner } from './factories/participants';
import { SchedulingUnderTest, startScheduling } from './scheduling-app';

const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { id icsInvite } }`;
const INVITE = `query($id: ID!) { session(id: $id) { id sequence icsInvite } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id icsInvite } }`;
const CANCEL = `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { id icsInvite } }`;
const ROTATE = `mutation { rotateCalendarFeedUrl }`;
const REVOKE = `mutation { revokeCalendarFeedUrl }`;

const HOUR = 3_600_000;
const at = (hours: number): string =>
  new Date(Math.ceil(Date.now() / HOUR) * HOUR + hours * HOUR).toISOString();

describe('calendar: ICS invites per session and private, revocable calendar feeds (checked with node-ical)', () => {
  let scheduling: SchedulingUnderTest;
  const acme = randomUUID();
  const globex = randomUUID();
  let mia: string;
  let max: string;
  let eve: string;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    scheduling = await startScheduling({ SCHEDULER_INTERVAL_MS: '0', CALENDAR_UID_DOMAIN: 'cal.acme.test' });
    mia = await scheduling.publishEmployee(acme, { displayName: 'Mia Mentee', email: 'mia@acme.test' });
    max = await scheduling.publishEmployee(acme, { displayName: 'Max Mentor', email: 'max@acme.test' });
    eve = await scheduling.publishEmployee(globex, { displayName: 'Eve', email: 'eve@globex.test' });
    token[mia] = await scheduling.tokenFor(acme, mia);
    token[max] = await scheduling.tokenFor(acme, max);
    token[eve] = await scheduling.tokenFor(globex, eve);
  });
  afterAll(() => scheduling.close());

  const gql = <T>(query: string, variables: Record<string, unknown>, who: string) =>
    scheduling.graphql<T>(query, variables, token[who]);
  const eventOf = (ics: string) => {
    const parsed = parseIcs(ics);
    expect(parsed.events).toHaveLength(1);
    return { method: parsed.calendar.method, event: parsed.events[0] };
  };
  const fetchFeed = (url: string): Promise<Response> =>
    fetch(url.replace('http://localhost:4003', scheduling.url));

  it('sends REQUEST invites with a stable UID and a SEQUENCE that grows with every change, then CANCEL', async () => {
    const booked = await waitFor(
      async () => {
        const res = await gql<{ bookSession: { id: string; icsInvite: string } }>(
          BOOK,
          {
            input: {
              participantIds: [mia, max],
              startsAt: at(30),
              lengthMinutes: 30,
              format: 'VIDEO_CALL',
              agenda: 'Typing a pipe() of functions',
            },
          },
          mia,
        );
        if (res.errors) return undefined;
        // Invites need addresses: wait until identity's events reached the contacts read model too.
        return parseIcs(res.data!.bookSession.icsInvite).events[0]?.attendee
          ? res.data!.bookSession
          : undefined;
      },
      { what: 'a booking whose invite lists both people' },
    );
    const first = eventOf(booked.icsInvite);
    expect(first.method).toBe('REQUEST');
    expect(first.event.uid).toBe(`${booked.id}@cal.acme.test`);
    expect(Number(first.event.sequence)).toBe(0);
    expect(first.event.start.toISOString()).toBe(at(30));
    expect(first.event.summary).toBe('Mentoring with Max Mentor');
    expect(String(first.event.description)).toContain('Typing a pipe() of functions');
    const attendees = [first.event.attendee].flat().map((a) => personOf(a!).email);
    expect(attendees.sort()).toEqual(['max@acme.test', 'mia@acme.test']);
    expect(personOf(first.event.organizer!).email).toBe('mia@acme.test');

    const moved = await gql<{ rescheduleSession: { icsInvite: string } }>(
      RESCHEDULE,
      { input: { sessionId: booked.id, startsAt: at(32) } },
      max,
    );
    const second = eventOf(moved.data!.rescheduleSession.icsInvite);
    expect(second.method).toBe('REQUEST');
    expect(second.event.uid).toBe(first.event.uid);
    expect(Number(second.event.sequence)).toBe(1);
    expect(second.event.start.toISOString()).toBe(at(32));

    const cancelled = await gql<{ cancelSession: { icsInvite: string } }>(
      CANCEL,
      { input: { sessionId: booked.id, reason: 'Moved to the team offsite' } },
      mia,
    );
    const third = eventOf(cancelled.data!.cancelSession.icsInvite);
    expect(third.method).toBe('CANCEL');
    expect(third.event.uid).toBe(first.event.uid);
    expect(Number(third.event.sequence)).toBe(2);
    expect(third.event.status).toBe('CANCELLED');

    const strangers = await gql<{ session: unknown }>(INVITE, { id: booked.id }, eve);
    expect(strangers.data!.session).toBeNull();
  });

  it("serves each employee's sessions on a secret feed URL that can be rotated and revoked", async () => {
    const booked = await gql<{ bookSession: { id: string } }>(
      BOOK,
      { input: { participantIds: [mia, max], startsAt: at(50), lengthMinutes: 15, format: 'CHAT' } },
      mia,
    );
    const sessionId = booked.data!.bookSession.id;
    const rotated = await gql<{ rotateCalendarFeedUrl: string }>(ROTATE, {}, max);
    const url = rotated.data!.rotateCalendarFeedUrl;
    expect(url).toMatch(/^http:\/\/localhost:4003\/calendar\/[0-9a-f]{32}[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const feed = parseIcs(await res.text());
    expect(feed.calendar.method).toBe('PUBLISH');
    const byUid = new Map(feed.events.map((e) => [e.uid, e]));
    expect(byUid.get(`${sessionId}@cal.acme.test`)?.status).toBe('CONFIRMED');
    // The cancelled session of the first test stays in the feed as cancelled, so subscribed clients drop it.
    expect([...byUid.values()].filter((e) => e.status === 'CANCELLED')).toHaveLength(1);

    const rotatedAgain = await gql<{ rotateCalendarFeedUrl: string }>(ROTATE, {}, max);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(rotatedAgain.data!.rotateCalendarFeedUrl)).status).toBe(200);
    expect((await gql<{ revokeCalendarFeedUrl: boolean }>(REVOKE, {}, max)).data!.revokeCalendarFeedUrl).toBe(
      true,
    );
    expect((await fetchFeed(rotatedAgain.data!.rotateCalendarFeedUrl)).status).toBe(404);

    // Guessing: a well-formed token for the right tenant, or garbage, is just not found.
    const forged = url.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${'A'.repeat(43)}.ics`);
    expect((await fetchFeed(forged)).status).toBe(404);
    expect((await fetch(`${scheduling.url}/calendar/nope.ics`)).status).toBe(404);
  });

  it('keeps the feed token hashed at rest', async () => {
    const url = (await gql<{ rotateCalendarFeedUrl: string }>(ROTATE, {}, mia)).data!.rotateCalendarFeedUrl;
    const secret = /([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1];
    const rows = await asOwner(scheduling, (c) =>
      c.query<{ hash: string }>(`select encode(token_hash, 'hex') as hash from calendar_feed_tokens`),
    );
    expect(rows.rowCount).toBeGreaterThan(0);
    const expected = createHash('sha256').update(secret).digest('hex');
    expect(rows.rows.map((r) => r.hash)).toContain(expected);
    expect(rows.rows.map((r) => r.hash)).not.toContain(Buffer.from(secret).toString('hex'));
  });
});
