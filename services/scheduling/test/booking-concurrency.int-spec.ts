import { randomUUID } from 'node:crypto';
import { SessionBookingService } from '../src/sessions/session-booking.service';
import { SessionFormat } from '../src/sessions/dto/session-format.enum';
import { SlotTakenError } from '../src/sessions/session.errors';
import { asOwner, seedParticipants } from './factories/participants';
import { SchedulingUnderTest, startScheduling } from './scheduling-app';

interface Attempt {
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
  readonly start: number;
  readonly end: number;
}

const MINUTE = 60_000;
const GROUPS = 25;
const MENTEES_PER_GROUP = 4;
const BLOCKS = 10;
const ATTEMPTS = 1000;
/** In-flight attempts at any moment: far more than the service's 10 pooled connections, so they contend. */
const WORKERS = 50;

/** A seeded PRNG so a failing instance can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The instance: disjoint groups (one mentor, four mentees); every attempt books the group's mentor with one or
 * two of its mentees, 5–60 minutes long, around one of ten block midpoints two hours apart. Attempts around
 * one midpoint all contain it, so they pairwise overlap; attempts around different midpoints never do. Every
 * maximal conflict-free set is therefore maximum, and whatever order the database serializes them in, the
 * successes must reach the maximum.
 */
function generate(groups: { mentor: string; mentees: string[] }[], base: number, seed: number): Attempt[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: ATTEMPTS }, () => {
    const group = pick(groups);
    // Skewed so that some blocks get no attempt at all.
    const block = Math.floor(random() ** 1.5 * BLOCKS);
    const midpoint = base + block * 120 * MINUTE;
    const length = 5 + Math.floor(random() * 56);
    const offset = 1 + Math.floor(random() * (length - 1));
    const first = pick(group.mentees);
    const second = random() < 0.3 ? pick(group.mentees.filter((m) => m !== first)) : undefined;
    const start = midpoint - offset * MINUTE;
    return {
      mentorId: group.mentor,
      menteeIds: second ? [first, second] : [first],
      start,
      end: start + length * MINUTE,
    };
  });
}

/** Runs every task with at most `workers` in flight (more would only queue for a pooled connection). */
async function allSettledBounded<T, R>(
  items: readonly T[],
  workers: number,
  task: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]).then(
        (value): PromiseSettledResult<R> => ({ status: 'fulfilled', value }),
        (reason: unknown): PromiseSettledResult<R> => ({ status: 'rejected', reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

/** Independent optimum: per mentor, earliest-end-first interval scheduling (optimal for one resource). */
function maximumBookable(attempts: readonly Attempt[]): number {
  const byMentor = new Map<string, Attempt[]>();
  for (const a of attempts) byMentor.set(a.mentorId, [...(byMentor.get(a.mentorId) ?? []), a]);
  let total = 0;
  for (const list of byMentor.values()) {
    let freeFrom = -Infinity;
    for (const a of [...list].sort((x, y) => x.end - y.end)) {
      if (a.start >= freeFrom) {
        total += 1;
        freeFrom = a.end;
      }
    }
  }
  return total;
}

describe('booking: PostgreSQL never lets a participant be double-booked', () => {
  let scheduling: SchedulingUnderTest;
  const tenantId = randomUUID();

  beforeAll(async () => {
    scheduling = await startScheduling({ SCHEDULER_INTERVAL_MS: '0' });
  });
  afterAll(() => scheduling.close());

  it('admits exactly the maximum of 1,000 concurrent overlapping attempts; every other one is slot taken', async () => {
    const people = await seedParticipants(scheduling, tenantId, GROUPS * (1 + MENTEES_PER_GROUP));
    const groups = Array.from({ length: GROUPS }, (_, g) => {
      const members = people.slice(g * (1 + MENTEES_PER_GROUP), (g + 1) * (1 + MENTEES_PER_GROUP));
      return { mentor: members[0], mentees: members.slice(1) };
    });
    const base = Math.ceil((Date.now() + 3 * 24 * 60 * MINUTE) / (60 * MINUTE)) * 60 * MINUTE;
    const attempts = generate(groups, base, 20261123);
    const booking = scheduling.app.get(SessionBookingService);

    const outcomes = await allSettledBounded(attempts, WORKERS, (a) =>
      booking.bookSessions({
        tenantId,
        organizerId: a.menteeIds[0],
        participants: [
          { employeeId: a.mentorId, role: 'mentor' },
          ...a.menteeIds.map((id) => ({ employeeId: id, role: 'mentee' as const })),
        ],
        startsAt: new Date(a.start),
        lengthMinutes: (a.end - a.start) / MINUTE,
        format: SessionFormat.CHAT,
        timeZone: 'Europe/Berlin',
      }),
    );

    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    const successes = outcomes.length - failures.length;
    const notSlotTaken = failures.filter((f) => !(f.reason instanceof SlotTakenError));
    expect(notSlotTaken.map((f) => String(f.reason))).toEqual([]);
    for (const f of failures) expect((f.reason as SlotTakenError).field).toBe('startsAt');
    const maximum = maximumBookable(attempts);
    expect(maximum).toBeGreaterThan(GROUPS);
    expect(maximum).toBeLessThan(ATTEMPTS / 2);
    expect(successes).toBe(maximum);

    await asOwner(scheduling, async (c) => {
      const overlaps = await c.query(
        `select a.employee_id from session_participants a join session_participants b
           on a.tenant_id = b.tenant_id and a.employee_id = b.employee_id and a.session_id < b.session_id
          and a.during && b.during
         join sessions sa on sa.id = a.session_id join sessions sb on sb.id = b.session_id
         where a.tenant_id = $1 and sa.status in ('requested', 'confirmed', 'rescheduled')
           and sb.status in ('requested', 'confirmed', 'rescheduled')`,
        [tenantId],
      );
      expect(overlaps.rowCount).toBe(0);
      const stored = await c.query('select count(*)::int as n from sessions where tenant_id = $1', [
        tenantId,
      ]);
      expect(stored.rows[0].n).toBe(successes);
      // A failed attempt left nothing behind: no participant rows or reminders without their session.
      const orphans = await c.query(
        `select (select count(*)::int from session_participants where tenant_id = $1 and session_id not in
                  (select id from sessions where tenant_id = $1)) as participants,
                (select count(distinct session_id)::int from session_reminders where tenant_id = $1) as reminded,
                (select count(*)::int from outbox_events where tenant_id = $1 and event_type = 'session.booked') as events`,
        [tenantId],
      );
      expect(orphans.rows[0]).toEqual({ participants: 0, reminded: successes, events: successes });
    });
  });
});
