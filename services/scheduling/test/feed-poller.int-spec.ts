import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { DateTime } from 'luxon';
import { ServiceUnderTest, testEndpoints, waitFor } from '@mentormesh/testing';
import { Client } from 'pg';
import { BusyFeedPoller } from '../src/calendar/feed/busy-feed.poller';
import { loopsByHand, startScheduling } from './scheduling-app';

const SET = `mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { employeeId } }`;
const CONNECT = `mutation($url: String!) { connectCalendarFeed(url: $url) { lastStatus } }`;
const STATUS = `{ myAvailability { calendarFeed { lastStatus lastError lastFetchedAt } } }`;
const ALLOW = `mutation($input: CalendarFeedAllowListInput!) { setCalendarFeedAllowList(input: $input) { hosts addresses } }`;
const SLOTS = `query($mentorId: ID!, $from: DateTime!, $to: DateTime!) {
  availableSlots(mentorId: $mentorId, length: 30, from: $from, to: $to) { start end } }`;

const SECRET = 'feed-7f3a9c';
const TITLE = 'Confidential board meeting';

type FeedStatus = { lastStatus: string; lastError: string | null };
type GqlError = { extensions?: { code?: string; field?: string } };

/** A Google-style ICS feed: one meeting tomorrow 10:00–11:00 Berlin and a daily 15:00–15:30 stand-up. */
function icsFeed(tomorrow: DateTime): string {
  const local = (d: DateTime, hour: number, minute = 0): string =>
    d.setZone('Europe/Berlin').set({ hour, minute }).toFormat("yyyyMMdd'T'HHmmss");
  const start = tomorrow.setZone('Europe/Berlin').minus({ days: 3 });
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    'UID:board@example.com',
    `SUMMARY:${TITLE}`,
    `DTSTART;TZID=Europe/Berlin:${local(tomorrow, 10)}`,
    `DTEND;TZID=Europe/Berlin:${local(tomorrow, 11)}`,
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:standup@example.com',
    'SUMMARY:Stand-up',
    `DTSTART;TZID=Europe/Berlin:${local(start, 15)}`,
    `DTEND;TZID=Europe/Berlin:${local(start, 15, 30)}`,
    'RRULE:FREQ=DAILY',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

describe('calendar busy feed poller', () => {
  let scheduling: ServiceUnderTest;
  let server: Server;
  let base: string;
  const hits: string[] = [];
  const acme = randomUUID();
  const globex = randomUUID();
  let mentor: string;
  let mentee: string;
  let stranger: string;
  const tokens: Record<string, string> = {};
  const tomorrow = DateTime.utc().plus({ days: 1 }).startOf('day');
  const window = { from: tomorrow.toISO(), to: tomorrow.plus({ days: 1 }).toISO() };
  const berlin = (hour: number, minute = 0): string =>
    tomorrow.setZone('Europe/Berlin').set({ hour, minute }).toUTC().toISO()!;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '/');
      if (req.url === `/${SECRET}/basic.ics`) {
        res.writeHead(200, { 'content-type': 'text/calendar' }).end(icsFeed(tomorrow));
      } else if (req.url === '/to-metadata') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    scheduling = await startScheduling(loopsByHand({ FEED_POLL_TICK_MS: '200' }));
    mentor = await scheduling.publishEmployee(acme, { timeZone: 'Europe/Berlin' });
    mentee = await scheduling.publishEmployee(acme, { timeZone: 'Europe/Berlin' });
    stranger = await scheduling.publishEmployee(globex, {});
    tokens.mentor = await scheduling.tokenFor(acme, mentor, ['MENTOR']);
    tokens.mentee = await scheduling.tokenFor(acme, mentee);
    tokens.admin = await scheduling.tokenFor(acme, randomUUID(), ['ORG_ADMIN']);
    tokens.stranger = await scheduling.tokenFor(globex, stranger);
    const rules = {
      timeZone: 'Europe/Berlin',
      weekly: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00' }],
      minimumNoticeMinutes: 0,
      horizonDays: 30,
      sessionLengths: [30],
      slotGranularityMinutes: 30,
    };
    await waitFor(async () => !(await scheduling.graphql(SET, { input: rules }, tokens.mentor)).errors, {
      what: 'the mentor in the read model',
    });
    for (const who of ['mentee', 'stranger']) {
      await waitFor(async () => !(await scheduling.graphql(SET, { input: rules }, tokens[who])).errors, {
        what: `the ${who} in the read model`,
      });
    }
  });
  afterAll(async () => {
    await scheduling.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const feedStatus = async (token: string): Promise<FeedStatus | null> => {
    const res = await scheduling.graphql<{ myAvailability: { calendarFeed: FeedStatus | null } }>(
      STATUS,
      {},
      token,
    );
    return res.data!.myAvailability.calendarFeed;
  };
  const slotStarts = async (): Promise<string[]> => {
    const res = await scheduling.graphql<{ availableSlots: { start: string }[] }>(
      SLOTS,
      { mentorId: mentor, ...window },
      tokens.mentee,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.availableSlots.map((s) => s.start);
  };

  it('rejects feed URLs that are not http(s) or webcal, naming the field', async () => {
    for (const url of ['ftp://example.com/cal.ics', 'not a url', 'https://user:pw@example.com/x.ics']) {
      const res = await scheduling.graphql(CONNECT, { url }, tokens.mentor);
      expect((res.errors as GqlError[])[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'url',
      });
    }
  });

  it('refuses a loopback feed while the tenant has not allow-listed it', async () => {
    await scheduling.graphql(CONNECT, { url: `${base}/${SECRET}/basic.ics` }, tokens.stranger);
    const status = await waitFor(
      async () => {
        const s = await feedStatus(tokens.stranger);
        return s?.lastStatus !== 'pending' && s;
      },
      { what: 'the stranger’s feed fetched' },
    );
    expect(status).toMatchObject({ lastStatus: 'refused' });
    expect(status!.lastError).not.toContain(SECRET);
    expect(hits).toHaveLength(0);
  });

  it('only lets an organization admin change the allow-list', async () => {
    const denied = await scheduling.graphql(
      ALLOW,
      { input: { hosts: [], addresses: ['127.0.0.1'] } },
      tokens.mentor,
    );
    expect((denied.errors as GqlError[])[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await scheduling.graphql(
      ALLOW,
      { input: { hosts: [], addresses: ['127.0.0.1/99'] } },
      tokens.admin,
    );
    expect((bad.errors as GqlError[])[0].extensions?.field).toBe('addresses[0]');
    const ok = await scheduling.graphql(
      ALLOW,
      { input: { hosts: [], addresses: ['127.0.0.1'] } },
      tokens.admin,
    );
    expect(ok.errors).toBeUndefined();
  });

  it('fetches an allow-listed feed, caches its busy time in Redis and hides those slots', async () => {
    const before = await slotStarts();
    expect(before).toEqual(expect.arrayContaining([berlin(10), berlin(10, 30), berlin(15)]));
    const connected = await scheduling.graphql(
      CONNECT,
      { url: `${base}/${SECRET}/basic.ics` },
      tokens.mentor,
    );
    expect(connected.errors).toBeUndefined();
    await waitFor(async () => (await feedStatus(tokens.mentor))?.lastStatus === 'ok', {
      what: 'the feed fetched',
    });
    expect(hits).toContain(`/${SECRET}/basic.ics`);

    const after = await slotStarts();
    expect(after).not.toContain(berlin(10));
    expect(after).not.toContain(berlin(10, 30));
    expect(after).not.toContain(berlin(15));
    expect(after).toHaveLength(before.length - 3);

    const redis = new Redis(testEndpoints().redisUrl);
    try {
      const ttl = await redis.ttl(`mm:scheduling:busy:${acme}:${mentor}`);
      expect(ttl).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });

  it('never shows busy details or the feed URL in API results', async () => {
    const responses = await Promise.all([
      scheduling.graphql(SLOTS, { mentorId: mentor, ...window }, tokens.mentee),
      scheduling.graphql(STATUS, {}, tokens.mentor),
      scheduling.graphql(
        `{ myAvailability { employeeId timeZone calendarFeed { lastStatus lastError lastFetchedAt } } }`,
        {},
        tokens.mentor,
      ),
    ]);
    for (const res of responses) {
      const text = JSON.stringify(res);
      expect(text).not.toContain(TITLE);
      expect(text).not.toContain('Stand-up');
      expect(text).not.toContain(SECRET);
    }
  });

  it('refuses a redirect to the cloud metadata address even for an allow-listed host', async () => {
    await scheduling.graphql(CONNECT, { url: `${base}/to-metadata` }, tokens.mentee);
    const status = await waitFor(
      async () => {
        const s = await feedStatus(tokens.mentee);
        return s?.lastStatus !== 'pending' && s;
      },
      { what: 'the redirecting feed fetched' },
    );
    expect(status).toMatchObject({ lastStatus: 'refused' });
  });

  it('fetches a due feed once even with several pollers claiming at the same time', async () => {
    const feedHits = (): number => hits.filter((h) => h === `/${SECRET}/basic.ics`).length;
    const before = feedHits();
    const db = new Client({ connectionString: scheduling.database.appUrl });
    await db.connect();
    try {
      await db.query('update calendar_feed_schedule set next_fetch_at = now() where employee_id = $1', [
        mentor,
      ]);
      const poller = scheduling.app.get(BusyFeedPoller);
      await Promise.all([poller.pollOnce(), poller.pollOnce(), poller.pollOnce()]);
      await waitFor(() => feedHits() > before, { what: 'the feed fetched again' });
      const [row] = (
        await db.query<{ next: Date }>(
          'select next_fetch_at as next from calendar_feed_schedule where employee_id = $1',
          [mentor],
        )
      ).rows;
      expect(row.next.getTime()).toBeGreaterThan(Date.now() + 60_000);
    } finally {
      await db.end();
    }
    expect(feedHits()).toBe(before + 1);
  });
});
