import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import * as ical from 'node-ical';
import { Client } from 'pg';
import { ServiceUnderTest, waitFor } from '@mentormesh/testing';
import { loopsByHand, startScheduling } from './scheduling-app';

const PAIRINGS = 'pairings { round mentorId participantIds startsAt endsAt room sessionId }';
const CREATE = `mutation($input: CreateSpeedEventInput!) {
  createSpeedEvent(input: $input) { id timeZone roundCount participantIds ${PAIRINGS} } }`;
const REPLAN = `mutation($input: ReplanSpeedEventInput!) {
  replanSpeedEvent(input: $input) { id participantIds ${PAIRINGS} } }`;
const AGENDA = `query($id: ID!) { mySpeedEventAgenda(eventId: $id) { eventId rounds { round mentorId startsAt room } ics } }`;
const SESSION = `query($id: ID!) { session(id: $id) { id status speedEventId participantIds } }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { id } }`;

type Pairing = {
  round: number;
  mentorId: string;
  participantIds: string[];
  startsAt: string;
  endsAt: string;
  room: string | null;
  sessionId: string;
};
type SpeedEvent = { id: string; participantIds: string[]; pairings: Pairing[] };
type GqlError = { extensions?: { code?: string; field?: string } };

describe('speed-mentoring events', () => {
  let scheduling: ServiceUnderTest;
  let db: Client;
  const acme = randomUUID();
  const planId = randomUUID();
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const day = DateTime.now().setZone('Europe/Berlin').plus({ days: 2 });
  let event: SpeedEvent;

  const input = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    name: 'Spring mixer',
    date: day.toISODate(),
    startTime: '10:00',
    timeZone: 'Europe/Berlin',
    roundMinutes: 7,
    breakMinutes: 3,
    format: 'IN_PERSON',
    location: 'Atrium',
    rooms: ['Table A', 'Table B'],
    rotationPlanId: planId,
    ...overrides,
  });
  const errorOf = (errors: unknown): GqlError['extensions'] =>
    (errors as GqlError[] | undefined)?.[0]?.extensions;
  const key = (p: Pairing): string =>
    `${p.round}:${p.mentorId === ids.m1 ? 'm1' : 'm2'}:${p.participantIds.map(nameOf).join('+')}`;
  const nameOf = (id: string): string => Object.keys(ids).find((k) => ids[k] === id) ?? id;
  const countIn = async (table: string): Promise<number> => {
    await db.query('begin');
    try {
      await db.query(`select set_config('app.tenant_id', $1, true)`, [acme]);
      const { rows } = await db.query<{ count: string }>(`select count(*) from ${table}`);
      return Number(rows[0].count);
    } finally {
      await db.query('commit');
    }
  };

  beforeAll(async () => {
    scheduling = await startScheduling(loopsByHand());
    db = new Client({ connectionString: scheduling.database.appUrl });
    await db.connect();
    for (const name of ['manager', 'm1', 'm2', 'p1', 'p2', 'p3', 'p4', 'outsider']) {
      ids[name] = await scheduling.publishEmployee(acme, { displayName: name, timeZone: 'Europe/Berlin' });
      tokens[name] = await scheduling.tokenFor(
        acme,
        ids[name],
        name === 'manager' ? ['LD_MANAGER'] : ['EMPLOYEE'],
      );
    }
    const { m1, m2, p1, p2, p3 } = ids;
    await scheduling.publish({
      type: 'rotation_plan.published',
      tenantId: acme,
      aggregateId: planId,
      aggregateVersion: 1,
      payload: {
        planId,
        name: 'Spring mixer plan',
        mentorIds: [m1, m2],
        participantIds: [p1, p2, p3],
        rounds: [
          {
            round: 1,
            pairs: [
              { mentorId: m1, participantIds: [p1] },
              { mentorId: m2, participantIds: [p2] },
            ],
            sittingOut: [p3],
          },
          {
            round: 2,
            pairs: [
              { mentorId: m1, participantIds: [p2] },
              { mentorId: m2, participantIds: [p3] },
            ],
            sittingOut: [p1],
          },
          {
            round: 3,
            pairs: [
              { mentorId: m1, participantIds: [p3] },
              { mentorId: m2, participantIds: [p1] },
            ],
            sittingOut: [p2],
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await db.end();
    await scheduling.close();
  });

  it('lays out timed rounds from the consumed rotation plan and books every pairing as a session', async () => {
    const res = await waitFor(
      async () => {
        const attempt = await scheduling.graphql<{ createSpeedEvent: SpeedEvent }>(
          CREATE,
          { input: input() },
          tokens.manager,
        );
        return !attempt.errors && attempt;
      },
      { what: 'the rotation plan in the read model' },
    );
    event = res.data!.createSpeedEvent;
    expect(event.pairings.map(key)).toEqual([
      '1:m1:p1',
      '1:m2:p2',
      '2:m1:p2',
      '2:m2:p3',
      '3:m1:p3',
      '3:m2:p1',
    ]);
    const start = (hour: number, minute: number): string =>
      day.set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toISO()!;
    expect(event.pairings[0]).toMatchObject({
      startsAt: start(10, 0),
      endsAt: start(10, 7),
      room: 'Table A',
    });
    expect(event.pairings[2]).toMatchObject({ startsAt: start(10, 10), endsAt: start(10, 17) });
    expect(event.pairings[5]).toMatchObject({ startsAt: start(10, 20), room: 'Table B' });

    const session = await scheduling.graphql<{
      session: { status: string; speedEventId: string; participantIds: string[] };
    }>(SESSION, { id: event.pairings[0].sessionId }, tokens.p1);
    expect(session.data!.session).toMatchObject({ status: 'CONFIRMED', speedEventId: event.id });
    expect(session.data!.session.participantIds.sort()).toEqual([ids.m1, ids.p1].sort());
  });

  it('rejects bad input naming the field, and lets only L&D managers create events', async () => {
    const forbidden = await scheduling.graphql(CREATE, { input: input() }, tokens.p1);
    expect(errorOf(forbidden.errors)?.code).toBe('FORBIDDEN');
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Atlantis/Capital' }, 'timeZone'],
      [{ date: '2020-01-01' }, 'date'],
      [{ rotationPlanId: randomUUID() }, 'rotationPlanId'],
      [{ rooms: ['Only one table'] }, 'rooms'],
      [{ registrationCap: 2 }, 'registrationCap'],
      [{ roundMinutes: 90 }, 'roundMinutes'],
    ];
    for (const [bad, field] of cases) {
      const res = await scheduling.graphql(CREATE, { input: input(bad) }, tokens.manager);
      expect(errorOf(res.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('gives each person their own agenda with an ICS, and nobody else’s', async () => {
    const res = await scheduling.graphql<{ mySpeedEventAgenda: { rounds: Pairing[]; ics: string } }>(
      AGENDA,
      { id: event.id },
      tokens.p1,
    );
    const agenda = res.data!.mySpeedEventAgenda;
    expect(agenda.rounds.map((r) => [r.round, nameOf(r.mentorId), r.room])).toEqual([
      [1, 'm1', 'Table A'],
      [3, 'm2', 'Table B'],
    ]);
    const events = Object.values(ical.sync.parseICS(agenda.ics)).filter((c) => c.type === 'VEVENT');
    expect(events).toHaveLength(2);
    const outsider = await scheduling.graphql(AGENDA, { id: event.id }, tokens.outsider);
    expect(errorOf(outsider.errors)?.code).toBe('NOT_FOUND');
    const otherTenant = await scheduling.tokenFor(randomUUID(), ids.manager, ['LD_MANAGER']);
    const hidden = await scheduling.graphql(
      `query($id: ID!) { speedEvent(id: $id) { id } }`,
      { id: event.id },
      otherTenant,
    );
    expect(errorOf(hidden.errors)?.code).toBe('NOT_FOUND');
    const own = await scheduling.graphql(
      `query($id: ID!) { speedEvent(id: $id) { id } }`,
      { id: event.id },
      tokens.manager,
    );
    expect(own.errors).toBeUndefined();
  });

  it('fails as a whole when a pairing collides with a participant’s other session', async () => {
    const sessionsBefore = await countIn('sessions');
    const eventsBefore = await countIn('speed_events');
    const later = input({ startTime: '15:00' });
    const blocker = await scheduling.graphql(
      BOOK,
      {
        input: {
          participantIds: [ids.p3, ids.outsider],
          startsAt: day.set({ hour: 15, minute: 12 }).toUTC().toISO(),
          lengthMinutes: 30,
          format: 'VIDEO_CALL',
        },
      },
      tokens.p3,
    );
    expect(blocker.errors).toBeUndefined();
    const res = await scheduling.graphql(CREATE, { input: later }, tokens.manager);
    expect(errorOf(res.errors)?.code).toBe('CONFLICT');
    expect(await countIn('sessions')).toBe(sessionsBefore + 1);
    expect(await countIn('speed_events')).toBe(eventsBefore);
  });

  it('re-plans the remaining rounds for a no-show and a late joiner', async () => {
    const res = await scheduling.graphql<{ replanSpeedEvent: SpeedEvent }>(
      REPLAN,
      { input: { eventId: event.id, absent: [ids.p3], added: [ids.p4] } },
      tokens.manager,
    );
    expect(res.errors).toBeUndefined();
    const replanned = res.data!.replanSpeedEvent;
    expect(replanned.participantIds.map(nameOf).sort()).toEqual(['p1', 'p2', 'p4']);
    expect(replanned.pairings.map(key).sort()).toEqual(
      ['1:m1:p1', '1:m2:p2', '2:m1:p2', '2:m2:p4', '3:m1:p4', '3:m2:p1'].sort(),
    );
    const dropped = event.pairings.find((p) => key(p) === '2:m2:p3')!;
    const cancelled = await scheduling.graphql<{ session: { status: string } }>(
      SESSION,
      { id: dropped.sessionId },
      tokens.manager,
    );
    expect(cancelled.data!.session.status).toBe('CANCELLED');
    const joined = await scheduling.graphql<{ mySpeedEventAgenda: { rounds: Pairing[] } }>(
      AGENDA,
      { id: event.id },
      tokens.p4,
    );
    expect(joined.data!.mySpeedEventAgenda.rounds.map((r) => r.round)).toEqual([2, 3]);
    const stranger = await scheduling.graphql(
      REPLAN,
      { input: { eventId: event.id, absent: [ids.outsider], added: [] } },
      tokens.manager,
    );
    expect(errorOf(stranger.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'absent' });
  });

  it('lets employees register until the cap and seats them where a mentor is free', async () => {
    const openPlan = randomUUID();
    await scheduling.publish({
      type: 'rotation_plan.published',
      tenantId: acme,
      aggregateId: openPlan,
      aggregateVersion: 1,
      payload: {
        planId: openPlan,
        name: 'Open mixer plan',
        mentorIds: [ids.m1, ids.m2],
        participantIds: [ids.p1],
        rounds: [
          { round: 1, pairs: [{ mentorId: ids.m1, participantIds: [ids.p1] }], sittingOut: [] },
          { round: 2, pairs: [{ mentorId: ids.m2, participantIds: [ids.p1] }], sittingOut: [] },
        ],
      },
    });
    const created = await waitFor(
      async () => {
        const attempt = await scheduling.graphql<{ createSpeedEvent: SpeedEvent }>(
          CREATE,
          { input: input({ rotationPlanId: openPlan, startTime: '18:00', registrationCap: 2 }) },
          tokens.manager,
        );
        return !attempt.errors && attempt.data!.createSpeedEvent;
      },
      { what: 'the open plan in the read model' },
    );
    const JOIN = `mutation($id: ID!) { joinSpeedEvent(eventId: $id) { rounds { round mentorId } ics } }`;
    const joined = await scheduling.graphql<{ joinSpeedEvent: { rounds: Pairing[] } }>(
      JOIN,
      { id: created.id },
      tokens.outsider,
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.joinSpeedEvent.rounds.map((r) => [r.round, nameOf(r.mentorId)])).toEqual([
      [1, 'm2'],
      [2, 'm1'],
    ]);
    const again = await scheduling.graphql(JOIN, { id: created.id }, tokens.outsider);
    expect(errorOf(again.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    const full = await scheduling.graphql(JOIN, { id: created.id }, tokens.p2);
    expect(errorOf(full.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
  });
});
