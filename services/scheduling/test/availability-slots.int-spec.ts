import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { ServiceUnderTest, waitFor } from '@mentormesh/testing';
import { loopsByHand, startScheduling } from './scheduling-app';

const AVAILABILITY = `weekly { weekdays start end } timeZone sessionLengths bufferBeforeMinutes
  overrides { date kind ranges { start end } } timeOff { id start end } calendarFeed { lastStatus }`;
const SET = `mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { employeeId ${AVAILABILITY} } }`;
const MINE = `{ myAvailability { employeeId ${AVAILABILITY} } }`;
const SLOTS = `query($mentorId: ID!, $length: Int!, $from: DateTime!, $to: DateTime!, $zone: String) {
  availableSlots(mentorId: $mentorId, length: $length, from: $from, to: $to, viewerTimeZone: $zone) {
    start end timeZone startTime localDate utcOffset } }`;
const COMMON = `query($ids: [ID!]!, $length: Int!, $from: DateTime!, $to: DateTime!) {
  commonSlots(participantIds: $ids, length: $length, from: $from, to: $to) { start end timeZone } }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { id } }`;

type Slot = { start: string; end: string; timeZone: string; startTime: string; localDate: string };
type GqlError = { extensions?: { code?: string; field?: string } };

/** Every day 09:00–17:00 Berlin, 30-minute grid, no notice: plenty of slots tomorrow and the day after. */
const rules = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  timeZone: 'Europe/Berlin',
  weekly: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00' }],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  horizonDays: 30,
  sessionLengths: [15, 30],
  slotGranularityMinutes: 30,
  ...overrides,
});

describe('availability rules and slots', () => {
  let scheduling: ServiceUnderTest;
  const acme = randomUUID();
  const globex = randomUUID();
  let mentor: string;
  let mentee: string;
  let admin: string;
  let outsider: string;
  const tokens: Record<string, string> = {};
  const tomorrow = DateTime.utc().plus({ days: 1 }).startOf('day');
  const window = { from: tomorrow.toISO(), to: tomorrow.plus({ days: 1 }).toISO() };

  beforeAll(async () => {
    scheduling = await startScheduling(loopsByHand());
    mentor = await scheduling.publishEmployee(acme, { displayName: 'Mentor', timeZone: 'Europe/Berlin' });
    mentee = await scheduling.publishEmployee(acme, { displayName: 'Mentee', timeZone: 'America/New_York' });
    admin = await scheduling.publishEmployee(acme, { displayName: 'Admin' });
    outsider = await scheduling.publishEmployee(globex, { displayName: 'Outsider' });
    tokens.mentor = await scheduling.tokenFor(acme, mentor, ['MENTOR', 'EMPLOYEE']);
    tokens.mentee = await scheduling.tokenFor(acme, mentee);
    tokens.admin = await scheduling.tokenFor(acme, admin, ['ORG_ADMIN']);
    tokens.outsider = await scheduling.tokenFor(globex, outsider, ['ORG_ADMIN']);
    await waitFor(
      async () => {
        const res = await scheduling.graphql(SET, { input: rules() }, tokens.mentor);
        return !res.errors && res;
      },
      { what: 'the mentor in the participants read model' },
    );
  });
  afterAll(() => scheduling.close());

  const slots = async (token: string, vars: Record<string, unknown> = {}): Promise<Slot[]> => {
    const res = await scheduling.graphql<{ availableSlots: Slot[] }>(
      SLOTS,
      { mentorId: mentor, length: 30, ...window, ...vars },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.availableSlots;
  };
  const fieldOf = (errors: unknown): string | undefined =>
    (errors as GqlError[] | undefined)?.[0]?.extensions?.field;
  const codeOf = (errors: unknown): string | undefined =>
    (errors as GqlError[] | undefined)?.[0]?.extensions?.code;

  it('stores the rules with the canonical zone and shows them to their owner', async () => {
    const res = await scheduling.graphql<{ myAvailability: Record<string, unknown> }>(
      MINE,
      {},
      tokens.mentor,
    );
    expect(res.data!.myAvailability).toMatchObject({
      employeeId: mentor,
      timeZone: 'Europe/Berlin',
      weekly: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00' }],
      sessionLengths: [15, 30],
      calendarFeed: null,
    });
    const none = await scheduling.graphql<{ myAvailability: unknown }>(MINE, {}, tokens.mentee);
    expect(none.data!.myAvailability).toBeNull();
  });

  it.each([
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    [{ weekly: [{ weekdays: [2], start: '16:00', end: '14:00' }] }, 'weekly[0].end'],
    [{ weekly: [{ weekdays: [9], start: '09:00', end: '10:00' }] }, 'weekly.0.weekdays'],
    [{ sessionLengths: [90] }, 'sessionLengths'],
  ])('rejects bad rules %j naming the field, and keeps the old ones', async (bad, field) => {
    const res = await scheduling.graphql(SET, { input: rules(bad) }, tokens.mentor);
    expect(codeOf(res.errors)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res.errors)).toBe(field);
    const kept = await scheduling.graphql<{ myAvailability: { timeZone: string } }>(MINE, {}, tokens.mentor);
    expect(kept.data!.myAvailability.timeZone).toBe('Europe/Berlin');
  });

  it("lets only an organization admin change someone else's availability", async () => {
    const denied = await scheduling.graphql(SET, { input: rules({ employeeId: mentor }) }, tokens.mentee);
    expect(codeOf(denied.errors)).toBe('FORBIDDEN');
    const allowed = await scheduling.graphql<{ setAvailability: { employeeId: string } }>(
      SET,
      { input: rules({ employeeId: mentor }) },
      tokens.admin,
    );
    expect(allowed.data!.setAvailability.employeeId).toBe(mentor);
    const otherTenant = await scheduling.graphql(
      SET,
      { input: rules({ employeeId: mentor }) },
      tokens.outsider,
    );
    expect(fieldOf(otherTenant.errors)).toBe('employeeId');
  });

  it('lists slots inside the weekly rules on the viewer’s clock', async () => {
    const list = await slots(tokens.mentee);
    const berlin = tomorrow.setZone('Europe/Berlin');
    // Window = one UTC day; the Berlin rule gives 09:00–17:00 local → 16 half-hour slots.
    expect(list).toHaveLength(16);
    expect(list[0].start).toBe(berlin.set({ hour: 9 }).toUTC().toISO({ suppressMilliseconds: false }));
    expect(list[0].timeZone).toBe('America/New_York');
    expect(list[0].startTime).toBe(berlin.set({ hour: 9 }).setZone('America/New_York').toFormat('HH:mm'));
    const tokyo = await slots(tokens.mentee, { zone: 'Asia/Tokyo' });
    expect(tokyo[0].timeZone).toBe('Asia/Tokyo');
  });

  it('rejects bad slot queries naming the argument', async () => {
    const notOffered = await scheduling.graphql(
      SLOTS,
      { mentorId: mentor, length: 45, ...window },
      tokens.mentee,
    );
    expect(fieldOf(notOffered.errors)).toBe('length');
    const backwards = await scheduling.graphql(
      SLOTS,
      { mentorId: mentor, length: 30, from: window.to, to: window.from },
      tokens.mentee,
    );
    expect(fieldOf(backwards.errors)).toBe('to');
    const zone = await scheduling.graphql(
      SLOTS,
      { mentorId: mentor, length: 30, ...window, zone: 'Nowhere/X' },
      tokens.mentee,
    );
    expect(fieldOf(zone.errors)).toBe('viewerTimeZone');
  });

  it("does not show another tenant's mentor", async () => {
    const res = await scheduling.graphql(SLOTS, { mentorId: mentor, length: 30, ...window }, tokens.outsider);
    expect(fieldOf(res.errors)).toBe('mentorId');
  });

  it('hides a booked slot (with the mentor’s buffer) and applies overrides and time off', async () => {
    const before = await slots(tokens.mentee);
    const taken = before[2];
    const booked = await scheduling.graphql(
      BOOK,
      {
        input: {
          participantIds: [mentee, mentor],
          startsAt: taken.start,
          lengthMinutes: 30,
          format: 'VIDEO_CALL',
        },
      },
      tokens.mentee,
    );
    expect(booked.errors).toBeUndefined();
    const after = (await slots(tokens.mentee)).map((s) => s.start);
    expect(after).not.toContain(taken.start);
    expect(after).toHaveLength(before.length - 1);

    await scheduling.graphql(SET, { input: rules({ bufferAfterMinutes: 30 }) }, tokens.mentor);
    const buffered = (await slots(tokens.mentee)).map((s) => s.start);
    // 09:30 + 30 min + 30 min buffer reaches into the 10:00 session; 10:30 stays free (the stored session
    // blocks only its own time, as it was booked without buffers).
    expect(buffered).not.toContain(before[1].start);
    expect(buffered).toContain(before[3].start);

    // Booking now stores the mentor's 30-minute after-buffer with the session: 12:30 is gone as well.
    const second = await scheduling.graphql(
      BOOK,
      {
        input: {
          participantIds: [mentee, mentor],
          startsAt: before[6].start,
          lengthMinutes: 30,
          format: 'VIDEO_CALL',
        },
      },
      tokens.mentee,
    );
    expect(second.errors).toBeUndefined();
    const withStoredBuffer = (await slots(tokens.mentee)).map((s) => s.start);
    expect(withStoredBuffer).not.toContain(before[7].start);
    expect(withStoredBuffer).toContain(before[8].start);

    const common = await scheduling.graphql<{ commonSlots: Slot[] }>(
      COMMON,
      { ids: [mentor, mentee], length: 30, ...window },
      tokens.mentee,
    );
    expect(common.errors).toBeUndefined();
    expect(common.data!.commonSlots.map((s) => s.start)).toEqual(withStoredBuffer);

    const date = tomorrow.setZone('Europe/Berlin').toISODate();
    const override = await scheduling.graphql(
      `mutation($input: DateOverrideInput!) { setAvailabilityOverride(input: $input) { overrides { date kind } } }`,
      { input: { date, kind: 'REPLACE', ranges: [{ start: '13:00', end: '14:00' }] } },
      tokens.mentor,
    );
    expect(override.errors).toBeUndefined();
    expect(await slots(tokens.mentee)).toHaveLength(2);

    const timeOff = await scheduling.graphql(
      `mutation($input: TimeOffInput!) { addTimeOff(input: $input) { timeOff { id } } }`,
      { input: { start: window.from, end: window.to } },
      tokens.mentor,
    );
    expect(timeOff.errors).toBeUndefined();
    expect(await slots(tokens.mentee)).toHaveLength(0);
    const badTimeOff = await scheduling.graphql(
      `mutation($input: TimeOffInput!) { addTimeOff(input: $input) { employeeId } }`,
      { input: { start: window.to, end: window.from } },
      tokens.mentor,
    );
    expect(fieldOf(badTimeOff.errors)).toBe('end');
  });
});
