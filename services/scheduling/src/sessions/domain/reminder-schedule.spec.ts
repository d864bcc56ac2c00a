import { planReminders, ReminderSubject } from './reminder-schedule';
import { selectDueReminders } from './select-due-reminders';

const session: ReminderSubject = { sessionId: 's1', start: '2026-03-24T13:00:00Z', status: 'confirmed' };
const OFFSETS = [1440, 10];

describe('planReminders', () => {
  it('schedules 24 h and 10 min reminders in due order with stable keys', () => {
    const plan = planReminders(session, OFFSETS, new Date('2026-03-20T00:00:00Z'));
    expect(plan.scheduled).toEqual([
      {
        key: 's1/2026-03-24T13:00:00.000Z/1440',
        sessionId: 's1',
        sessionStart: '2026-03-24T13:00:00.000Z',
        offsetMinutes: 1440,
        dueAt: '2026-03-23T13:00:00.000Z',
      },
      expect.objectContaining({ offsetMinutes: 10, dueAt: '2026-03-24T12:50:00.000Z' }),
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('skips reminders whose time has passed when the session is booked at short notice', () => {
    const plan = planReminders(session, OFFSETS, new Date('2026-03-24T11:00:00Z'));
    expect(plan.scheduled.map((r) => r.offsetMinutes)).toEqual([10]);
    expect(plan.skipped.map((r) => r.offsetMinutes)).toEqual([1440]);
  });

  it('plans nothing for a cancelled session', () => {
    expect(
      planReminders({ ...session, status: 'cancelled' }, OFFSETS, new Date('2026-03-20T00:00:00Z')),
    ).toEqual({
      scheduled: [],
      skipped: [],
    });
  });

  it('gives a moved session new reminder keys', () => {
    const now = new Date('2026-03-20T00:00:00Z');
    const before = planReminders(session, [10], now).scheduled[0].key;
    const after = planReminders({ ...session, start: '2026-03-25T13:00:00Z' }, [10], now).scheduled[0].key;
    expect(after).not.toBe(before);
  });

  it('rejects offsets that are not positive whole minutes', () => {
    expect(() => planReminders(session, [10, -5], new Date())).toThrow(
      expect.objectContaining({ field: 'offsets[1]' }),
    );
  });
});

describe('selectDueReminders', () => {
  const plan = planReminders(session, OFFSETS, new Date('2026-03-20T00:00:00Z')).scheduled;
  const sessions = new Map([[session.sessionId, session]]);

  it('returns reminders that are due and leaves future ones out', () => {
    const result = selectDueReminders(plan, sessions, new Date('2026-03-23T13:00:00Z'));
    expect(result.due.map((r) => r.offsetMinutes)).toEqual([1440]);
    expect(result.obsolete).toEqual([]);
  });

  it('still delivers a late reminder after a restart as long as the session has not started', () => {
    const result = selectDueReminders(plan, sessions, new Date('2026-03-24T12:55:00Z'));
    expect(result.due.map((r) => r.offsetMinutes)).toEqual([1440, 10]);
  });

  it('never fires for cancelled, moved or started sessions', () => {
    const now = new Date('2026-03-24T12:55:00Z');
    const cancelled = new Map([[session.sessionId, { ...session, status: 'cancelled' as const }]]);
    const moved = new Map([[session.sessionId, { ...session, start: '2026-03-24T14:00:00Z' }]]);
    expect(selectDueReminders(plan, cancelled, now)).toEqual({ due: [], obsolete: plan });
    expect(selectDueReminders(plan, moved, now)).toEqual({ due: [], obsolete: plan });
    expect(selectDueReminders(plan, sessions, new Date('2026-03-24T13:00:00Z')).obsolete).toEqual(plan);
    expect(selectDueReminders(plan, new Map(), now).obsolete).toEqual(plan);
  });
});
