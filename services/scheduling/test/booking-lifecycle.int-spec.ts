import { randomUUID } from 'node:crypto';
import { waitFor } from '@mentormesh/testing';
import { AuthPrincipal } from '@mentormesh/auth';
import { SessionLifecycleService } from '../src/sessions/session-lifecycle.service';
import { SessionSettlementJob } from '../src/sessions/session-settlement.job';
import { publishMatch } from './factories/matches';
import { outboxEventsOf } from './factories/outbox';
import { asOwner, seedParticipants } from './factories/participants';
import { SchedulingUnderTest, startScheduling } from './scheduling-app';

const FIELDS = `id status format startsAt endsAt matchId seriesId seriesIndex sequence videoUrl location
  cancellationReason participants { employeeId role }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { ${FIELDS} } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($input: CancelSessionInput!) { cancelSession(input: $input) { ${FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmSession(sessionId: $id) { ${FIELDS} } }`;
const SETTINGS = `mutation($input: UpdateSchedulingSettingsInput!) {
  updateSchedulingSettings(input: $input) { directBookingAllowed reminderOffsetsMinutes } }`;

interface SessionView {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  matchId: string | null;
  seriesId: string | null;
  seriesIndex: number | null;
  sequence: number;
  videoUrl: string | null;
  location: string | null;
  cancellationReason: string | null;
  participants: { employeeId: string; role: string }[];
}

const HOUR = 3_600_000;
/** Whole hours ahead, so slots line up and never collide by accident across tests. */
const at = (hours: number): string =>
  new Date(Math.ceil(Date.now() / HOUR) * HOUR + hours * HOUR).toISOString();

describe('booking: matches, group sessions, series and the session lifecycle', () => {
  let scheduling: SchedulingUnderTest;
  const tenantId = randomUUID();
  let mentee: string;
  let mentor: string;
  let second: string;
  let outsider: string;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    scheduling = await startScheduling({ SCHEDULER_INTERVAL_MS: '0' });
    [mentee, mentor, second, outsider] = await seedParticipants(scheduling, tenantId, 4);
    for (const id of [mentee, mentor, second, outsider]) token[id] = await scheduling.tokenFor(tenantId, id);
  });
  afterAll(() => scheduling.close());

  const call = async <K extends string>(query: string, variables: Record<string, unknown>, who: string) =>
    scheduling.graphql<Record<K, SessionView>>(query, variables, token[who] ?? who);
  const book = (input: Record<string, unknown>, who = mentee) =>
    call<'bookSession'>(BOOK, { input: { lengthMinutes: 30, format: 'VIDEO_CALL', ...input } }, who);
  const sessionCount = (): Promise<number> =>
    asOwner(scheduling, async (c) => {
      const res = await c.query('select count(*)::int as n from sessions where tenant_id = $1', [tenantId]);
      return res.rows[0].n as number;
    });
  const principal = (employeeId: string): AuthPrincipal => ({
    tenantId,
    employeeId,
    roles: ['EMPLOYEE'],
    token: '',
  });

  it('books for an accepted match the caller belongs to, with a video room, and emits session.booked', async () => {
    const matchId = await publishMatch(scheduling, tenantId, { menteeId: mentee, mentorId: mentor });
    const res = await waitFor(
      async () => {
        const attempt = await book({ matchId, startsAt: at(24) });
        return attempt.errors ? undefined : attempt;
      },
      { what: 'the accepted match to become bookable' },
    );
    const session = res.data!.bookSession;
    expect(session).toMatchObject({ status: 'CONFIRMED', matchId, sequence: 0 });
    expect(session.videoUrl).toMatch(/^https:\/\/meet\.jit\.si\/MentorMesh-[0-9a-f]{20}$/);
    expect(session.participants).toEqual(
      expect.arrayContaining([
        { employeeId: mentee, role: 'MENTEE' },
        { employeeId: mentor, role: 'MENTOR' },
      ]),
    );
    const [event] = await outboxEventsOf(scheduling, session.id);
    expect(event).toMatchObject({ type: 'session.booked', payload: { matchId, status: 'confirmed' } });
  });

  it('refuses matches that are not accepted, or that the caller is not part of, naming matchId', async () => {
    const declined = await publishMatch(scheduling, tenantId, {
      menteeId: mentee,
      mentorId: second,
      status: 'DECLINED',
    });
    const accepted = await publishMatch(scheduling, tenantId, { menteeId: mentee, mentorId: second });
    await waitFor(
      () =>
        asOwner(scheduling, async (c) => {
          const res = await c.query('select count(*)::int as n from bookable_matches where id = any($1)', [
            [declined, accepted],
          ]);
          return res.rows[0].n === 2;
        }),
      { what: 'both matches in the read model' },
    );
    const before = await sessionCount();
    for (const [matchId, who, reason] of [
      [declined, mentee, /DECLINED/],
      [accepted, outsider, /only the mentee or the mentor/],
      [randomUUID(), mentee, /no such match/],
    ] as const) {
      const res = await book({ matchId, startsAt: at(30) }, who);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'matchId' });
      expect(res.errors![0].message).toMatch(reason);
    }
    expect(await sessionCount()).toBe(before);
  });

  it('answers an overlapping booking with CONFLICT naming the busy participant, leaving nothing behind', async () => {
    const first = await book({ participantIds: [mentee, mentor], startsAt: at(48) });
    expect(first.errors).toBeUndefined();
    const before = await sessionCount();
    const clash = await book(
      {
        participantIds: [outsider, mentor],
        startsAt: new Date(Date.parse(at(48)) + 15 * 60_000).toISOString(),
      },
      outsider,
    );
    expect(clash.data).toBeNull();
    expect(clash.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SCHEDULING.SLOT_TAKEN',
      field: 'startsAt',
    });
    expect(clash.errors![0].message).toContain(mentor);
    expect(await sessionCount()).toBe(before);
    // Back to back is fine: ranges are half-open.
    const next = await book({ participantIds: [outsider, mentor], startsAt: at(48.5) }, outsider);
    expect(next.errors).toBeUndefined();
  });

  it('books group sessions with several mentors and mentees, and checks format details', async () => {
    const group = await book({
      participantIds: [mentee, mentor, second, outsider],
      menteeIds: [mentee, outsider],
      startsAt: at(72),
      format: 'IN_PERSON',
      location: 'Berlin, room 4.12',
    });
    expect(group.errors).toBeUndefined();
    const roles = Object.fromEntries(group.data!.bookSession.participants.map((p) => [p.employeeId, p.role]));
    expect(roles).toEqual({
      [mentee]: 'MENTEE',
      [outsider]: 'MENTEE',
      [mentor]: 'MENTOR',
      [second]: 'MENTOR',
    });
    const noPlace = await book({ participantIds: [mentee, mentor], startsAt: at(75), format: 'IN_PERSON' });
    expect(noPlace.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'location' });
  });

  it('books a weekly series atomically: all occurrences, or none when one collides', async () => {
    const series = await book({
      participantIds: [mentee, second],
      startsAt: at(1000),
      recurrence: 'FREQ=WEEKLY;COUNT=3',
    });
    expect(series.errors).toBeUndefined();
    const { seriesId } = series.data!.bookSession;
    expect(seriesId).toBeTruthy();
    const stored = await asOwner(scheduling, (c) =>
      c.query('select starts_at from sessions where series_id = $1 order by starts_at', [seriesId]),
    );
    expect(stored.rows.map((r: { starts_at: Date }) => r.starts_at.toISOString())).toEqual([
      at(1000),
      at(1000 + 168),
      at(1000 + 2 * 168),
    ]);

    // This series' second week falls on the first session above, for `second`: nothing of it is booked.
    const before = await sessionCount();
    const overlapping = await book(
      { participantIds: [outsider, second], startsAt: at(1000 - 168), recurrence: 'FREQ=WEEKLY;COUNT=3' },
      outsider,
    );
    expect(overlapping.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(overlapping.errors![0].message).toContain(second);
    expect(await sessionCount()).toBe(before);
    const bad = await book(
      {
        participantIds: [outsider, second],
        startsAt: at(1500),
        recurrence: 'FREQ=WEEKLY',
      },
      outsider,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recurrence' });
  });

  it('reschedules (re-checking conflicts), then cancels under the policy; each step goes out through the outbox', async () => {
    const booked = (await book({ participantIds: [mentee, mentor], startsAt: at(200) })).data!.bookSession;
    const busy = (await book({ participantIds: [outsider, mentor], startsAt: at(202) }, outsider)).data!
      .bookSession;

    const onto = await call<'rescheduleSession'>(
      RESCHEDULE,
      { input: { sessionId: booked.id, startsAt: busy.startsAt } },
      mentee,
    );
    expect(onto.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SCHEDULING.SLOT_TAKEN' });

    const moved = await call<'rescheduleSession'>(
      RESCHEDULE,
      { input: { sessionId: booked.id, startsAt: at(204), lengthMinutes: 45 } },
      mentor,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleSession).toMatchObject({
      status: 'RESCHEDULED',
      startsAt: at(204),
      sequence: 1,
    });
    expect(Date.parse(moved.data!.rescheduleSession.endsAt) - Date.parse(at(204))).toBe(45 * 60_000);

    const strangers = await call<'cancelSession'>(
      CANCEL,
      { input: { sessionId: booked.id, reason: 'x' } },
      second,
    );
    expect(strangers.errors![0].extensions!.code).toBe('NOT_FOUND');
    const noReason = await call<'cancelSession'>(
      CANCEL,
      { input: { sessionId: booked.id, reason: ' ' } },
      mentee,
    );
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const cancelled = await call<'cancelSession'>(
      CANCEL,
      { input: { sessionId: booked.id, reason: 'Conflicting workshop' } },
      mentee,
    );
    expect(cancelled.data!.cancelSession).toMatchObject({
      status: 'CANCELLED',
      sequence: 2,
      cancellationReason: 'Conflicting workshop',
    });
    const again = await call<'cancelSession'>(
      CANCEL,
      { input: { sessionId: booked.id, reason: 'again' } },
      mentee,
    );
    expect(again.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SCHEDULING.INVALID_TRANSITION',
    });

    const events = await outboxEventsOf(scheduling, booked.id);
    expect(events.map((e) => [e.type, e.aggregateVersion])).toEqual([
      ['session.booked', 1],
      ['session.rescheduled', 2],
      ['session.cancelled', 3],
    ]);
    expect(events[1].payload).toMatchObject({ previousStartsAt: at(200), startsAt: at(204) });
    expect(events[2].payload).toMatchObject({ cancelledBy: mentee, reason: 'Conflicting workshop' });
    // mySessions filters by status and time window.
    const filtered = await scheduling.graphql<{ mySessions: { edges: { node: { id: string } }[] } }>(
      `query($filter: SessionFilterInput) { mySessions(page: { first: 100 }, filter: $filter) { edges { node { id } } } }`,
      { filter: { statuses: ['CANCELLED'], from: at(150), to: at(250) } },
      token[mentee],
    );
    expect(filtered.data!.mySessions.edges.map((e) => e.node.id)).toEqual([booked.id]);
    // The freed slot can be booked again.
    const rebooked = await book({ participantIds: [mentee, mentor], startsAt: at(204) });
    expect(rebooked.errors).toBeUndefined();
  });

  it('lets an invited participant confirm a request, but not its organizer', async () => {
    const request = (await book({ participantIds: [mentee, second], startsAt: at(300), asRequest: true }))
      .data!.bookSession;
    expect(request.status).toBe('REQUESTED');
    const own = await call<'confirmSession'>(CONFIRM, { id: request.id }, mentee);
    expect(own.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SCHEDULING.NOT_PERMITTED',
    });
    const confirmed = await call<'confirmSession'>(CONFIRM, { id: request.id }, second);
    expect(confirmed.data!.confirmSession).toMatchObject({ status: 'CONFIRMED', sequence: 1 });
    expect((await outboxEventsOf(scheduling, request.id)).map((e) => e.type)).toEqual([
      'session.booked',
      'session.confirmed',
    ]);
  });

  it('completes or marks no-show once started, and completes automatically after the end', async () => {
    const lifecycle = scheduling.app.get(SessionLifecycleService);
    const a = (await book({ participantIds: [mentee, mentor], startsAt: at(400) })).data!.bookSession;
    const b = (await book({ participantIds: [mentee, mentor], startsAt: at(401) })).data!.bookSession;
    const c = (await book({ participantIds: [mentee, mentor], startsAt: at(402) })).data!.bookSession;
    const during = (s: SessionView): Date => new Date(Date.parse(s.startsAt) + 10 * 60_000);

    await expect(lifecycle.complete(principal(mentor), a.id)).rejects.toMatchObject({
      code: 'SCHEDULING.INVALID_TRANSITION',
    });
    expect((await lifecycle.complete(principal(mentor), a.id, during(a))).session.status).toBe('completed');
    const noShow = await lifecycle.markNoShow(principal(mentor), b.id, [mentee], during(b));
    expect(noShow.session).toMatchObject({ status: 'no_show', absentees: [mentee] });
    await expect(lifecycle.markNoShow(principal(mentor), c.id, [outsider], during(c))).rejects.toMatchObject({
      field: 'absentees',
    });

    const settlement = scheduling.app.get(SessionSettlementJob);
    const statusOf = async (id: string): Promise<string> =>
      asOwner(scheduling, async (db) => {
        const res = await db.query('select status from sessions where id = $1', [id]);
        return res.rows[0].status as string;
      });
    await settlement.settleDue(new Date(Date.parse(c.endsAt) + 5 * 60_000));
    expect(await statusOf(c.id)).toBe('confirmed');
    const later = new Date(Date.parse(c.endsAt) + 31 * 60_000);
    expect(await settlement.settleDue(later)).toBeGreaterThanOrEqual(1);
    expect(await statusOf(c.id)).toBe('completed');
    expect(await settlement.settleDue(later)).toBe(0);
    const types = async (id: string): Promise<string[]> =>
      (await outboxEventsOf(scheduling, id)).map((e) => e.type);
    expect(await types(a.id)).toEqual(['session.booked', 'session.completed']);
    expect(await types(b.id)).toEqual(['session.booked', 'session.no_show']);
    expect(await types(c.id)).toEqual(['session.booked', 'session.completed']);
    const [noShowEvent] = (await outboxEventsOf(scheduling, b.id)).slice(1);
    expect(noShowEvent.payload).toMatchObject({ absentEmployeeIds: [mentee] });
  });

  it('settles a session whose other participant was erased without holding back the rest', async () => {
    const [erased] = await seedParticipants(scheduling, tenantId, 1);
    const lonely = (await book({ participantIds: [mentee, erased], startsAt: at(700) })).data!.bookSession;
    const normal = (await book({ participantIds: [mentee, mentor], startsAt: at(701) })).data!.bookSession;
    // What identity's employee.erased does to the read model: the person's rows go, cascading.
    await asOwner(scheduling, (c) => c.query('delete from participants where id = $1', [erased]));
    const settlement = scheduling.app.get(SessionSettlementJob);
    await settlement.settleDue(new Date(Date.parse(normal.endsAt) + 31 * 60_000));
    const statuses = await asOwner(scheduling, (c) =>
      c.query('select id, status from sessions where id = any($1)', [[lonely.id, normal.id]]),
    );
    expect(
      Object.fromEntries(statuses.rows.map((r: { id: string; status: string }) => [r.id, r.status])),
    ).toEqual({
      [lonely.id]: 'completed',
      [normal.id]: 'completed',
    });
    expect((await outboxEventsOf(scheduling, lonely.id)).map((e) => e.type)).toEqual(['session.booked']);
    expect((await outboxEventsOf(scheduling, normal.id)).map((e) => e.type)).toEqual([
      'session.booked',
      'session.completed',
    ]);
  });

  it('cancels the upcoming sessions of someone who leaves the organization, by the system', async () => {
    const [leaver] = await seedParticipants(scheduling, tenantId, 1);
    token[leaver] = await scheduling.tokenFor(tenantId, leaver);
    const upcoming = (await book({ participantIds: [mentee, leaver], startsAt: at(600) })).data!.bookSession;
    await scheduling.publish({
      type: 'employee.deactivated',
      tenantId,
      aggregateId: leaver,
      aggregateVersion: 5,
      payload: { id: leaver },
    });
    const events = await waitFor(
      async () => {
        const list = await outboxEventsOf(scheduling, upcoming.id);
        return list.length === 2 ? list : undefined;
      },
      { what: 'session.cancelled after the deactivation' },
    );
    expect(events[1]).toMatchObject({
      type: 'session.cancelled',
      payload: { status: 'cancelled', cancelledBy: null, reason: 'a participant left the organization' },
    });
    // The slot is free again for the others.
    const rebook = await book({ participantIds: [mentee, mentor], startsAt: at(600) });
    expect(rebook.errors).toBeUndefined();
  });

  it('books only for matches once the organization turns direct booking off', async () => {
    const admin = await scheduling.tokenFor(tenantId, outsider, ['ORG_ADMIN']);
    const denied = await scheduling.graphql(
      SETTINGS,
      { input: { directBookingAllowed: false } },
      token[mentee],
    );
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const set = await scheduling.graphql(SETTINGS, { input: { directBookingAllowed: false } }, admin);
    expect(set.errors).toBeUndefined();
    const direct = await book({ participantIds: [mentee, mentor], startsAt: at(500) });
    expect(direct.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'matchId' });
    // Another organization is not affected.
    const otherTenant = randomUUID();
    const [x, y] = await seedParticipants(scheduling, otherTenant, 2);
    const other = await scheduling.graphql<{ bookSession: SessionView }>(
      BOOK,
      { input: { participantIds: [x, y], startsAt: at(500), lengthMinutes: 30, format: 'CHAT' } },
      await scheduling.tokenFor(otherTenant, x),
    );
    expect(other.errors).toBeUndefined();
  });
});
