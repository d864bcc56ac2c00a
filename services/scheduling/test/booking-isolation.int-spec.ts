import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { waitFor } from '@mentormesh/testing';
import { publishMatch } from './factories/matches';
import { asOwner, seedParticipants } from './factories/participants';
import { SchedulingUnderTest, startScheduling } from './scheduling-app';

const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { id } }`;
const CANCEL = `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { id status } }`;
const ROTATE = `mutation { rotateCalendarFeedUrl }`;
const TABLES = [
  'session_reminders',
  'bookable_matches',
  'calendar_contacts',
  'calendar_feed_tokens',
  'scheduling_settings',
  'session_participants',
];

const HOUR = 3_600_000;
const at = (hours: number): string =>
  new Date(Math.ceil(Date.now() / HOUR) * HOUR + hours * HOUR).toISOString();

describe('booking: one organization never reaches another’s matches, sessions, reminders or feeds', () => {
  let scheduling: SchedulingUnderTest;
  const acme = randomUUID();
  const globex = randomUUID();
  let acmeMentee: string;
  let acmeMentor: string;
  let globexAdmin: string;
  let matchId: string;
  let sessionId: string;
  let feedUrl: string;

  beforeAll(async () => {
    scheduling = await startScheduling({ SCHEDULER_INTERVAL_MS: '0' });
    [acmeMentee, acmeMentor] = await seedParticipants(scheduling, acme, 2);
    [globexAdmin] = await seedParticipants(scheduling, globex, 1);
    matchId = await publishMatch(scheduling, acme, { menteeId: acmeMentee, mentorId: acmeMentor });
    const menteeToken = await scheduling.tokenFor(acme, acmeMentee);
    sessionId = await waitFor(
      async () => {
        const res = await scheduling.graphql<{ bookSession: { id: string } }>(
          BOOK,
          { input: { matchId, startsAt: at(40), lengthMinutes: 30, format: 'VIDEO_CALL' } },
          menteeToken,
        );
        return res.data?.bookSession.id;
      },
      { what: 'the match booked in its own organization' },
    );
    const rotated = await scheduling.graphql<{ rotateCalendarFeedUrl: string }>(ROTATE, {}, menteeToken);
    feedUrl = rotated.data!.rotateCalendarFeedUrl.replace('http://localhost:4003', scheduling.url);
  });
  afterAll(() => scheduling.close());

  it("answers another organization's match and session ids like missing ones", async () => {
    // Same employee ids, other organization's token: the match and the session do not exist there.
    const impostor = await scheduling.tokenFor(globex, acmeMentee, ['ORG_ADMIN']);
    const booked = await scheduling.graphql(
      BOOK,
      { input: { matchId, startsAt: at(44), lengthMinutes: 30, format: 'VIDEO_CALL' } },
      impostor,
    );
    expect(booked.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'matchId' });
    const admin = await scheduling.tokenFor(globex, globexAdmin, ['ORG_ADMIN']);
    const cancelled = await scheduling.graphql(CANCEL, { input: { sessionId, reason: 'not mine' } }, admin);
    expect(cancelled.errors![0].extensions!.code).toBe('NOT_FOUND');
    const status = await asOwner(scheduling, (c) =>
      c.query('select status from sessions where id = $1', [sessionId]),
    );
    expect(status.rows[0].status).toBe('confirmed');
  });

  it("does not serve a feed under another organization's id, even with the right secret", async () => {
    expect((await fetch(feedUrl)).status).toBe(200);
    const forged = feedUrl.replace(/\/calendar\/[0-9a-f]{32}/, `/calendar/${globex.replace(/-/g, '')}`);
    expect((await fetch(forged)).status).toBe(404);
  });

  it('keeps every booking table behind row-level security for the service role', async () => {
    const owner = await asOwner(scheduling, async (c) => {
      const counts: Record<string, number> = {};
      for (const t of TABLES) counts[t] = (await c.query(`select count(*)::int as n from ${t}`)).rows[0].n;
      return counts;
    });
    expect(owner.session_reminders).toBeGreaterThan(0);
    expect(owner.bookable_matches).toBeGreaterThan(0);
    expect(owner.calendar_feed_tokens).toBeGreaterThan(0);
    const app = new Client({ connectionString: scheduling.database.appUrl });
    await app.connect();
    try {
      for (const t of TABLES) expect([t, (await app.query(`select * from ${t}`)).rowCount]).toEqual([t, 0]);
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [globex]);
      for (const t of TABLES) expect([t, (await app.query(`select * from ${t}`)).rowCount]).toEqual([t, 0]);
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });
});
