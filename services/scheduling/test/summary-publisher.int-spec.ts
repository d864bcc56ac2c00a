import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { AvailabilitySummary, Topics } from '@mentormesh/contracts';
import { collectMessages, ReceivedMessage, ServiceUnderTest, waitFor } from '@mentormesh/testing';
import { AvailabilitySummaryPublisher } from '../src/summaries/availability-summary.publisher';
import { loopsByHand, startScheduling } from './scheduling-app';

const SET = `mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { employeeId } }`;
const BOOK = `mutation($input: BookSessionInput!) { bookSession(input: $input) { id } }`;

interface SummaryEvent {
  readonly type: string;
  readonly tenantId: string;
  readonly aggregateId: string;
  readonly aggregateVersion: number;
  readonly payload: AvailabilitySummary;
}

/**
 * A zone whose clock is now away from the 09:00–12:00 rule and from midnight, so the figures cannot move
 * between two computations of one test (the next free slot and the covered days only shift there).
 */
function quietZone(): string {
  const zones = ['Europe/Berlin', 'Asia/Tokyo', 'America/New_York'];
  const quiet = (zone: string): boolean => {
    const hour = DateTime.now().setZone(zone).hour;
    return !(hour >= 8 && hour < 13) && hour !== 23 && hour !== 0;
  };
  return zones.find(quiet) ?? zones[0];
}

describe('availability summaries', () => {
  let scheduling: ServiceUnderTest;
  let collector: Awaited<ReturnType<typeof collectMessages>>;
  let db: Client;
  const acme = randomUUID();
  let mentor: string;
  let mentee: string;
  const tokens: Record<string, string> = {};
  const zone = quietZone();
  const rules = {
    timeZone: zone,
    weekly: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '12:00' }],
    minimumNoticeMinutes: 0,
    horizonDays: 60,
    sessionLengths: [30, 15],
    slotGranularityMinutes: 15,
  };

  beforeAll(async () => {
    scheduling = await startScheduling(loopsByHand({ SUMMARY_TICK_MS: '200', SUMMARY_DEBOUNCE_MS: '300' }));
    collector = await collectMessages([`${scheduling.topicPrefix}.${Topics.availability}`]);
    db = new Client({ connectionString: scheduling.database.appUrl });
    await db.connect();
    mentor = await scheduling.publishEmployee(acme, { timeZone: zone });
    mentee = await scheduling.publishEmployee(acme, { timeZone: 'America/Chicago' });
    tokens.mentor = await scheduling.tokenFor(acme, mentor, ['MENTOR']);
    tokens.mentee = await scheduling.tokenFor(acme, mentee);
  });
  afterAll(async () => {
    await collector.stop();
    await db.end();
    await scheduling.close();
  });

  const summaries = (): SummaryEvent[] =>
    collector.messages
      .filter((m: ReceivedMessage) => m.key === mentor)
      .map((m) => JSON.parse(m.value!) as SummaryEvent)
      .sort((a, b) => a.aggregateVersion - b.aggregateVersion);
  const freeOn = (event: SummaryEvent, date: string): number | undefined =>
    event.payload.days.find((d) => d.date === date)?.freeMinutes;

  it('publishes a summary through the outbox after the rules are set', async () => {
    await waitFor(async () => !(await scheduling.graphql(SET, { input: rules }, tokens.mentor)).errors, {
      what: 'the mentor in the read model',
    });
    const [first] = await waitFor(() => summaries().length >= 1 && summaries(), {
      what: 'a summary on Kafka',
    });
    expect(first).toMatchObject({
      type: 'availability.summary_published',
      tenantId: acme,
      aggregateId: mentor,
      aggregateVersion: 1,
      payload: { employeeId: mentor, timeZone: zone, lengthsOffered: [15, 30] },
    });
    expect(first.payload.days).toHaveLength(28);
    expect(first.payload.nextFreeAt).not.toBeNull();
    const tomorrow = DateTime.now().setZone(zone).plus({ days: 1 }).toISODate()!;
    expect(freeOn(first, tomorrow)).toBe(180);
  });

  it('publishes again after a booking, with less free time that day', async () => {
    const day = DateTime.now().setZone(zone).plus({ days: 1 });
    const startsAt = day.set({ hour: 10, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO();
    const booked = await scheduling.graphql(
      BOOK,
      { input: { participantIds: [mentee, mentor], startsAt, lengthMinutes: 30, format: 'VIDEO_CALL' } },
      tokens.mentee,
    );
    expect(booked.errors).toBeUndefined();
    const second = await waitFor(() => summaries().find((e) => e.aggregateVersion === 2), {
      what: 'a second summary',
    });
    expect(freeOn(second, day.toISODate()!)).toBe(150);
  });

  it('does not publish when a recomputation finds nothing changed', async () => {
    await db.query('update availability_summary_schedule set due_at = now() where employee_id = $1', [
      mentor,
    ]);
    await scheduling.app.get(AvailabilitySummaryPublisher).publishDue();
    await waitFor(
      async () => {
        const { rows } = await db.query<{ due: Date }>(
          'select due_at as due from availability_summary_schedule where employee_id = $1',
          [mentor],
        );
        return rows[0].due.getTime() > Date.now() + 60_000;
      },
      { what: 'the recomputation done' },
    );
    const { rows } = await db.query<{ count: string }>(
      `select count(*) from outbox_events where message_key = $1 and event_type = 'availability.summary_published'`,
      [mentor],
    );
    expect(Number(rows[0].count)).toBe(2);
  });
});
