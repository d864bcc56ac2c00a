import { randomUUID } from 'node:crypto';
import { AuthPrincipal } from '@mentormesh/auth';
import { ReminderDispatcher } from '../src/reminders/reminder.dispatcher';
import { SessionFormat } from '../src/sessions/dto/session-format.enum';
import { SessionBookingService } from '../src/sessions/session-booking.service';
import { SessionLifecycleService } from '../src/sessions/session-lifecycle.service';
import { asOwner, seedParticipants } from './factories/participants';
import { SchedulingUnderTest, startAnotherInstance, startScheduling } from './scheduling-app';

const HOUR = 3_600_000;
const MINUTE = 60_000;

interface SentReminder {
  readonly sessionId: string;
  readonly employeeId: string;
  readonly minutesBefore: number;
  readonly startsAt: string;
}

describe('reminders: durable, exactly once across instances and restarts, never for cancelled or moved sessions', () => {
  let first: SchedulingUnderTest;
  let second: SchedulingUnderTest;
  let restarted: SchedulingUnderTest | undefined;
  const acme = randomUUID();
  const globex = randomUUID();

  /** Another instance of the same service: same database and topics, its own process state. */
  const sameDeployment = (of: SchedulingUnderTest): Promise<SchedulingUnderTest> =>
    startAnotherInstance(of, { SCHEDULER_INTERVAL_MS: '0' });

  beforeAll(async () => {
    first = await startScheduling({ SCHEDULER_INTERVAL_MS: '0' });
    second = await sameDeployment(first);
  });
  let firstClosed = false;
  afterAll(async () => {
    if (!firstClosed) await first?.close();
    await second?.close();
    await restarted?.close();
  });

  const sent = (): Promise<SentReminder[]> =>
    asOwner(first, async (c) => {
      const res = await c.query<{ payload: SentReminder }>(
        `select envelope->'payload' as payload from outbox_events where event_type = 'session.reminder_due'`,
      );
      return res.rows.map((r) => r.payload);
    });
  /** Every instance's dispatcher, twice each, all at once. */
  const dispatchEverywhere = async (instances: SchedulingUnderTest[], now: Date): Promise<number> => {
    const runs = instances.flatMap((i) => [i, i]).map((i) => i.app.get(ReminderDispatcher).dispatchDue(now));
    return (await Promise.all(runs)).reduce((a, b) => a + b, 0);
  };

  it('sends each due reminder once, with two dispatchers racing and a restart in between', async () => {
    const principal = (tenantId: string, employeeId: string): AuthPrincipal => ({
      tenantId,
      employeeId,
      roles: ['EMPLOYEE'],
      token: '',
    });
    const [a, b, c, d] = await seedParticipants(first, acme, 4);
    const [x, y] = await seedParticipants(first, globex, 2);
    const globexAdmin = await first.tokenFor(globex, x, ['ORG_ADMIN']);
    const settings = await first.graphql(
      `mutation { updateSchedulingSettings(input: { reminderOffsetsMinutes: [30] }) { reminderOffsetsMinutes } }`,
      {},
      globexAdmin,
    );
    expect(settings.errors).toBeUndefined();

    const booking = first.app.get(SessionBookingService);
    const lifecycle = first.app.get(SessionLifecycleService);
    const base = Math.ceil(Date.now() / HOUR) * HOUR + 30 * HOUR;
    const book = async (tenantId: string, mentee: string, mentor: string, start: number): Promise<string> => {
      const [record] = await booking.bookSessions({
        tenantId,
        organizerId: mentee,
        participants: [
          { employeeId: mentee, role: 'mentee' },
          { employeeId: mentor, role: 'mentor' },
        ],
        startsAt: new Date(start),
        lengthMinutes: 30,
        format: SessionFormat.CHAT,
        timeZone: 'Europe/Berlin',
      });
      return record.session.id;
    };
    const kept = await book(acme, a, b, base);
    const cancelled = await book(acme, a, c, base + HOUR);
    const moved = await book(acme, a, d, base + 2 * HOUR);
    const otherTenant = await book(globex, x, y, base);
    await lifecycle.cancel(principal(acme, a), cancelled, 'Out sick');
    await lifecycle.reschedule(principal(acme, d), moved, new Date(base + 5 * HOUR), undefined);

    // Phase 1: the 24 h reminders of the original times are due; only the kept session's go out.
    const phase1 = await dispatchEverywhere([first, second], new Date(base + 2 * HOUR - 24 * HOUR + MINUTE));
    expect(phase1).toBe(2);

    // Restart: one instance goes away, a new one takes its place; the schedule lives in PostgreSQL.
    await first.app.get(ReminderDispatcher).onApplicationShutdown();
    await first.close();
    firstClosed = true;
    restarted = await sameDeployment(first);

    // Phase 2: 10 min before the kept session; the moved session's 24 h reminder (new time); globex's 30 min.
    const phase2 = await dispatchEverywhere([second, restarted], new Date(base - 5 * MINUTE));
    expect(phase2).toBe(6);
    // Phase 3: 10 min before the moved session's new time.
    const phase3 = await dispatchEverywhere([second, restarted], new Date(base + 5 * HOUR - 5 * MINUTE));
    expect(phase3).toBe(2);
    expect(await dispatchEverywhere([second, restarted], new Date(base + 5 * HOUR - MINUTE))).toBe(0);

    const reminders = await sent();
    const keys = reminders.map((r) => `${r.sessionId}/${r.employeeId}/${r.minutesBefore}`);
    expect(new Set(keys).size).toBe(keys.length);
    const expected = [
      ...[a, b].flatMap((e) => [`${kept}/${e}/1440`, `${kept}/${e}/10`]),
      ...[a, d].flatMap((e) => [`${moved}/${e}/1440`, `${moved}/${e}/10`]),
      ...[x, y].map((e) => `${otherTenant}/${e}/30`),
    ];
    expect([...keys].sort()).toEqual([...expected].sort());
    expect(reminders.filter((r) => r.sessionId === cancelled)).toEqual([]);
    for (const r of reminders.filter((m) => m.sessionId === moved)) {
      expect(r.startsAt).toBe(new Date(base + 5 * HOUR).toISOString());
    }
  });
});
