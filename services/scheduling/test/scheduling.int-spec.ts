import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { SchedulingUnderTest, startScheduling } from './scheduling-app';

const BOOK = `mutation($input: BookSessionInput!) {
  bookSession(input: $input) { id status format agenda startsAt endsAt participantIds participants { employeeId role } }
}`;
const SESSION = `query($id: ID!) { session(id: $id) { id participantIds } }`;
const MINE = `{ mySessions(page: { first: 10 }) { edges { node { id } } pageInfo { hasNextPage } } }`;

type Booked = {
  bookSession: { id: string; participantIds: string[]; participants: { employeeId: string; role: string }[] };
};

const inHours = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('scheduling: sessions booked against the participants read model', () => {
  let scheduling: SchedulingUnderTest;
  const acme = randomUUID();
  const globex = randomUUID();
  let ada: string;
  let bob: string;
  let inactive: string;
  let adaToken: string;
  let sessionId: string;

  beforeAll(async () => {
    scheduling = await startScheduling();
    ada = await scheduling.publishEmployee(acme, { displayName: 'Ada', timeZone: 'Europe/London' });
    bob = await scheduling.publishEmployee(acme, { displayName: 'Bob', timeZone: 'America/New_York' });
    inactive = await scheduling.publishEmployee(acme, { displayName: 'Gone', status: 'INACTIVE' });
    adaToken = await scheduling.tokenFor(acme, ada);
  });
  afterAll(() => scheduling.close());

  const resolveSession = (token: string | undefined) =>
    scheduling.graphql<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Session { id agenda } } }`,
      { r: [{ __typename: 'Session', id: sessionId }] },
      token,
    );
  const book = (input: Record<string, unknown>, token: string | null = adaToken) =>
    scheduling.graphql<Booked>(
      BOOK,
      { input: { startsAt: inHours(24), lengthMinutes: 30, format: 'VIDEO_CALL', ...input } },
      token ?? undefined,
    );

  it('books a session once the read model knows the people, and publishes session.booked', async () => {
    const collector = await collectMessages([`${scheduling.topicPrefix}.${Topics.session}`]);
    const res = await waitFor(
      async () => {
        const attempt = await book({ participantIds: [ada, bob], agenda: 'Career chat' });
        return attempt.errors ? undefined : attempt;
      },
      { what: 'a booking with both employees known' },
    );
    const booked = res.data!.bookSession;
    sessionId = booked.id;
    expect(booked).toMatchObject({ status: 'CONFIRMED', format: 'VIDEO_CALL', agenda: 'Career chat' });
    expect(booked.participants).toEqual(
      expect.arrayContaining([
        { employeeId: ada, role: 'MENTEE' },
        { employeeId: bob, role: 'MENTOR' },
      ]),
    );
    const message = await waitFor(() => collector.messages.find((m) => m.key === sessionId), {
      what: 'session.booked',
    });
    await collector.stop();
    expect(JSON.parse(message.value!)).toMatchObject({
      type: 'session.booked',
      tenantId: acme,
      aggregateId: sessionId,
      aggregateVersion: 1,
      payload: { id: sessionId, status: 'confirmed', createdBy: ada },
    });
    const mine = await scheduling.graphql<{ mySessions: { edges: { node: { id: string } }[] } }>(
      MINE,
      {},
      adaToken,
    );
    expect(mine.data!.mySessions.edges.map((e) => e.node.id)).toEqual([sessionId]);
    const bobs = await scheduling.graphql<{ session: { id: string } }>(
      SESSION,
      { id: sessionId },
      await scheduling.tokenFor(acme, bob),
    );
    expect(bobs.data!.session.id).toBe(sessionId);
  });

  it.each([
    ['a 90-minute session', 'lengthMinutes', () => ({ participantIds: [ada, bob], lengthMinutes: 90 })],
    ['a booking the caller is not part of', 'participantIds', () => ({ participantIds: [bob, inactive] })],
    ['an inactive participant', 'participantIds', () => ({ participantIds: [ada, inactive] })],
    ['an unknown participant', 'participantIds', () => ({ participantIds: [ada, randomUUID()] })],
    ['a start in the past', 'startsAt', () => ({ participantIds: [ada, bob], startsAt: inHours(-1) })],
  ])('rejects %s, naming the field %s', async (_case, field, input) => {
    const res = await book(input());
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers a call without a token with UNAUTHENTICATED and no data', async () => {
    const res = await book({ participantIds: [ada, bob] }, null);
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const query = await scheduling.graphql(MINE);
    expect(query.data).toBeNull();
    expect(query.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('resolves a Session reference for the gateway, with the token checked', async () => {
    const own = await resolveSession(adaToken);
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities).toEqual([{ id: sessionId, agenda: 'Career chat' }]);
    const anonymous = await resolveSession(undefined);
    expect(anonymous.data?._entities?.[0] ?? null).toBeNull();
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("never shows one tenant another tenant's session", async () => {
    const outsider = await scheduling.tokenFor(globex, ada, ['ORG_ADMIN']);
    const res = await scheduling.graphql<{ session: unknown }>(SESSION, { id: sessionId }, outsider);
    expect(res.errors).toBeUndefined();
    expect(res.data!.session).toBeNull();
    const mine = await scheduling.graphql<{ mySessions: { edges: unknown[] } }>(MINE, {}, outsider);
    expect(mine.data!.mySessions.edges).toEqual([]);
    const entities = await resolveSession(outsider);
    expect(entities.errors).toBeUndefined();
    expect(entities.data!._entities).toEqual([null]);
  });

  it('keeps sessions behind row-level security for the service role', async () => {
    const client = new Client({ connectionString: scheduling.database.appUrl });
    await client.connect();
    try {
      expect((await client.query('select * from sessions')).rowCount).toBe(0);
      expect((await client.query('select * from session_participants')).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('drops an erased employee from their sessions', async () => {
    await scheduling.publishErased(acme, bob);
    await waitFor(
      async () => {
        const res = await scheduling.graphql<{ session: { participantIds: string[] } }>(
          SESSION,
          { id: sessionId },
          adaToken,
        );
        return res.data?.session.participantIds.length === 1 ? res : undefined;
      },
      { what: 'bob removed from the session' },
    );
  });

  it('reports ready when its database and Kafka answer', async () => {
    const res = await fetch(`${scheduling.url}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ checks: { database: 'up', kafka: 'up' } });
  });
});
