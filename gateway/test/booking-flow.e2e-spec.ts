import { randomUUID } from 'node:crypto';
import * as ical from 'node-ical';
import { buildEvent, topicOf } from '@mentormesh/contracts';
import { testKafka, waitFor } from '@mentormesh/testing';
import { Stack, startStack } from './stack';

const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;
const BOOK = `mutation($input: BookSessionInput!) {
  bookSession(input: $input) { id status matchId startsAt endsAt videoUrl participants { employeeId role } }
}`;
const MINE = `{ mySessions(page: { first: 10 }) { edges { node { id status matchId startsAt } } } }`;
const ROTATE = `mutation { rotateCalendarFeedUrl }`;

interface Booked {
  bookSession: { id: string; status: string; matchId: string; startsAt: string; videoUrl: string };
}
interface Mine {
  mySessions: { edges: { node: { id: string; status: string; matchId: string; startsAt: string } }[] };
}

/**
 * A client's booking flow through the gateway: an accepted match (published on Kafka as matching would),
 * booked for a slot by the mentee, and the session on both people's calendars: `mySessions` and their
 * private ICS feeds (parsed with node-ical).
 */
describe('booking a session for an accepted match, end to end through the gateway', () => {
  let stack: Stack;
  const slug = `book-${randomUUID().slice(0, 6)}`;
  let tenantId: string;
  let adminToken: string;

  beforeAll(async () => {
    stack = await startStack(['identity', 'scheduling']);
    ({ tenantId, adminToken } = await stack.createTenant(slug));
  });
  afterAll(() => stack.close());

  const createEmployee = async (name: string, timeZone: string): Promise<{ id: string; token: string }> => {
    const email = `${name.toLowerCase()}@${slug}.example`;
    const res = await stack.query<{ createEmployee: { id: string } }>(
      CREATE,
      { input: { email, displayName: name, timeZone, department: 'Engineering' } },
      adminToken,
    );
    expect(res.errors).toBeUndefined();
    return { id: res.data!.createEmployee.id, token: await stack.login(slug, email) };
  };

  const publishAcceptedMatch = async (menteeId: string, mentorId: string): Promise<string> => {
    const id = randomUUID();
    const envelope = buildEvent({
      type: 'match.accepted',
      tenantId,
      aggregateId: id,
      aggregateVersion: 2,
      payload: {
        id,
        requestId: randomUUID(),
        programRunId: null,
        menteeId,
        mentorId,
        status: 'ACCEPTED',
        score: 0.91,
        format: 'VIDEO_CALL',
        lengthMinutes: 30,
        reason: null,
        respondBy: null,
      },
    });
    const producer = testKafka().producer();
    await producer.connect();
    try {
      await producer.send({
        topic: `${stack.topicPrefix}.${topicOf('match.accepted')}`,
        messages: [{ key: id, value: JSON.stringify(envelope) }],
      });
    } finally {
      await producer.disconnect();
    }
    return id;
  };

  it('books a slot for the match and shows it in both calendars', async () => {
    const mentee = await createEmployee('Mia', 'Europe/Berlin');
    const mentor = await createEmployee('Ravi', 'Asia/Kolkata');
    const matchId = await publishAcceptedMatch(mentee.id, mentor.id);
    const startsAt = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 26 * 3_600_000).toISOString();

    const booked = await waitFor(
      async () => {
        const res = await stack.query<Booked>(
          BOOK,
          {
            input: {
              matchId,
              startsAt,
              lengthMinutes: 30,
              format: 'VIDEO_CALL',
              agenda: 'First steps in Rust',
            },
          },
          mentee.token,
        );
        return res.errors ? undefined : res.data!.bookSession;
      },
      { what: 'the match and both people in scheduling', timeoutMs: 45_000 },
    );
    expect(booked).toMatchObject({ status: 'CONFIRMED', matchId, startsAt });
    expect(booked.videoUrl).toMatch(/^https:\/\//);

    const again = await stack.query<Booked>(
      BOOK,
      { input: { matchId, startsAt, lengthMinutes: 30, format: 'VIDEO_CALL' } },
      mentor.token,
    );
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });

    const scheduling = stack.services.scheduling!;
    for (const person of [mentee, mentor]) {
      const mine = await stack.query<Mine>(MINE, {}, person.token);
      expect(mine.errors).toBeUndefined();
      expect(mine.data!.mySessions.edges.map((e) => e.node)).toEqual([
        { id: booked.id, status: 'CONFIRMED', matchId, startsAt },
      ]);

      const rotated = await stack.query<{ rotateCalendarFeedUrl: string }>(ROTATE, {}, person.token);
      const feedUrl = new URL(rotated.data!.rotateCalendarFeedUrl);
      const res = await fetch(`${scheduling.url}${feedUrl.pathname}`);
      expect(res.status).toBe(200);
      const events = Object.values(ical.sync.parseICS(await res.text())).filter(
        (c): c is ical.VEvent => c.type === 'VEVENT',
      );
      expect(events).toHaveLength(1);
      expect(events[0].uid).toMatch(new RegExp(`^${booked.id}@`));
      expect(events[0].start.toISOString()).toBe(startsAt);
      expect(events[0].status).toBe('CONFIRMED');
    }
  });
});
