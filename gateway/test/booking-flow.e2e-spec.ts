import { randomUUID } from 'node:crypto';
import * as ical from 'node-ical';
import { waitFor } from '@mentormesh/testing';
import { Stack, startStack } from './stack';

const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;
const CREATE_SKILL = `mutation($input: SkillInput!) { createSkill(input: $input) { id } }`;
const OPT_IN = `mutation($input: UpdateMentorProfileInput!) { updateMyMentorProfile(input: $input) { isMentor } }`;
const ASK = `mutation($input: CreateMentoringRequestInput!) {
  createMentoringRequest(input: $input) { matches { id status mentor { id } } }
}`;
const ACCEPT = `mutation($id: ID!) { acceptMatch(matchId: $id) { id status } }`;
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
 * A client's whole path through the gateway, across three services that only share Kafka events: the
 * mentee asks matching for help, the proposed mentor accepts, scheduling learns of the accepted match from
 * its event, the mentee books a slot for it, and the session is on both people's calendars: `mySessions`
 * and their private ICS feeds (parsed with node-ical).
 */
describe('booking a session for an accepted match, end to end through the gateway', () => {
  let stack: Stack;
  const slug = `book-${randomUUID().slice(0, 6)}`;
  let adminToken: string;

  beforeAll(async () => {
    stack = await startStack(['identity', 'matching', 'scheduling']);
    ({ adminToken } = await stack.createTenant(slug));
  });
  afterAll(() => stack?.close());

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

  /** Mentee asks about Rust; the mentor (the only Rust expert) is proposed and accepts. */
  const acceptedMatch = async (mentee: { token: string }, mentor: { id: string; token: string }) => {
    const skill = await stack.query<{ createSkill: { id: string } }>(
      CREATE_SKILL,
      { input: { name: 'Rust' } },
      adminToken,
    );
    expect(skill.errors).toBeUndefined();
    await waitFor(
      async () => {
        const res = await stack.query(
          OPT_IN,
          { input: { isMentor: true, expertise: [{ skillId: skill.data!.createSkill.id, level: 4 }] } },
          mentor.token,
        );
        return res.errors ? undefined : res;
      },
      { what: 'matching knows the mentor and the skill', timeoutMs: 30_000 },
    );
    const asked = await waitFor(
      async () => {
        const res = await stack.query<{
          createMentoringRequest: { matches: { id: string; status: string; mentor: { id: string } }[] };
        }>(ASK, { input: { question: 'First steps in Rust', lengthMinutes: 30 } }, mentee.token);
        return res.errors ? undefined : res.data!.createMentoringRequest.matches;
      },
      { what: 'matching knows the mentee', timeoutMs: 30_000 },
    );
    expect(asked).toEqual([{ id: expect.any(String), status: 'PROPOSED', mentor: { id: mentor.id } }]);
    const accepted = await stack.query<{ acceptMatch: { status: string } }>(
      ACCEPT,
      { id: asked[0].id },
      mentor.token,
    );
    expect(accepted.data?.acceptMatch.status).toBe('ACCEPTED');
    return asked[0].id;
  };

  it('books a slot for the match and shows it in both calendars', async () => {
    const mentee = await createEmployee('Mia', 'Europe/Berlin');
    const mentor = await createEmployee('Ravi', 'Asia/Kolkata');
    const matchId = await acceptedMatch(mentee, mentor);
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
      { what: 'scheduling knows the accepted match and both people', timeoutMs: 45_000 },
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
