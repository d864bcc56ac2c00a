import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { ServiceUnderTest, waitFor } from '@mentormesh/testing';
import { loopsByHand, startScheduling } from './scheduling-app';

const SET = `mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { employeeId } }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { id startsAt } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id startsAt } }`;

type GqlError = { message: string; extensions?: { code?: string; field?: string } };

/** Mentor's rules are checked inside the booking transaction; the slot list is only advice. */
describe('availability rules at booking time', () => {
  let scheduling: ServiceUnderTest;
  const acme = randomUUID();
  let mentor: string;
  let mentee: string;
  let menteeToken: string;
  // Weekdays and weekends alike, 09:00–12:00 Berlin, 15 or 30 minutes.
  const day = DateTime.now().setZone('Europe/Berlin').plus({ days: 2 }).startOf('day');
  const at = (hour: number, minute = 0): string =>
    day.set({ hour, minute }).toUTC().toISO({ suppressMilliseconds: true })!;

  beforeAll(async () => {
    scheduling = await startScheduling(loopsByHand());
    mentor = await scheduling.publishEmployee(acme, { displayName: 'Mentor', timeZone: 'Europe/Berlin' });
    mentee = await scheduling.publishEmployee(acme, { displayName: 'Mentee', timeZone: 'Asia/Tokyo' });
    const mentorToken = await scheduling.tokenFor(acme, mentor, ['MENTOR', 'EMPLOYEE']);
    menteeToken = await scheduling.tokenFor(acme, mentee);
    const rules = {
      timeZone: 'Europe/Berlin',
      weekly: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '12:00' }],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 60,
      horizonDays: 20,
      sessionLengths: [15, 30],
      slotGranularityMinutes: 15,
    };
    await waitFor(
      async () => {
        const res = await scheduling.graphql(SET, { input: rules }, mentorToken);
        return !res.errors && res;
      },
      { what: 'the mentor in the participants read model' },
    );
  });
  afterAll(() => scheduling.close());

  /** Reads as the database owner: what is really stored, whatever the API says. */
  async function adminQuery<T>(sql: string, params: unknown[]): Promise<T[]> {
    const url = new URL(scheduling.database.adminUrl);
    url.pathname = `/${scheduling.database.database}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  const book = (startsAt: string, lengthMinutes = 30) =>
    scheduling.graphql<{ bookSession: { id: string; startsAt: string } }>(
      BOOK,
      { input: { participantIds: [mentee, mentor], startsAt, lengthMinutes, format: 'VIDEO_CALL' } },
      menteeToken,
    );

  const sessionCount = async (): Promise<number> => {
    const rows = await adminQuery<{ n: string }>('select count(*) as n from sessions where tenant_id = $1', [
      acme,
    ]);
    return Number(rows[0].n);
  };

  it('refuses a slot outside the mentor’s hours or a length not offered, naming the field, and keeps nothing', async () => {
    const outside = await book(at(14));
    expect((outside.errors as GqlError[])[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startsAt',
    });
    const tooLong = await book(at(9), 45);
    expect((tooLong.errors as GqlError[])[0].extensions).toMatchObject({ field: 'lengthMinutes' });
    const beyondHorizon = await book(day.plus({ days: 30 }).set({ hour: 9 }).toUTC().toISO()!);
    expect((beyondHorizon.errors as GqlError[])[0].extensions).toMatchObject({ field: 'startsAt' });
    expect(await sessionCount()).toBe(0);
  });

  it('books inside the rules and checks a reschedule against them, not against the session itself', async () => {
    const booked = await book(at(10));
    expect(booked.errors).toBeUndefined();
    const id = booked.data!.bookSession.id;

    // 15 minutes later overlaps the session's own current time: that must not count against it.
    const nudged = await scheduling.graphql<{ rescheduleSession: { startsAt: string } }>(
      RESCHEDULE,
      { input: { sessionId: id, startsAt: at(10, 15) } },
      menteeToken,
    );
    expect(nudged.errors).toBeUndefined();
    expect(new Date(nudged.data!.rescheduleSession.startsAt).toISOString()).toBe(
      new Date(at(10, 15)).toISOString(),
    );

    const evening = await scheduling.graphql(
      RESCHEDULE,
      { input: { sessionId: id, startsAt: at(19) } },
      menteeToken,
    );
    expect((evening.errors as GqlError[])[0].extensions).toMatchObject({ field: 'startsAt' });
    const rows = await adminQuery<{ starts_at: Date }>('select starts_at from sessions where id = $1', [id]);
    expect(rows[0].starts_at.toISOString()).toBe(new Date(at(10, 15)).toISOString());
  });
});
