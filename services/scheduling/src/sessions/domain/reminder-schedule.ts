import { formatInstant, IsoInstant, parseInstant } from '../../availability/domain';
import { InvalidInputError } from '../../scheduling.errors';
import { isActiveStatus } from './session-rules';
import { SessionStatus } from './session.types';

/** The part of a session reminders depend on. */
export interface ReminderSubject {
  readonly sessionId: string;
  readonly start: IsoInstant;
  readonly status: SessionStatus;
}

/** One reminder, e.g. "24 h before the session starting at 2026-03-24T13:00Z". */
export interface Reminder {
  /**
   * Stable identity `sessionId/start/offset`: unique per session time, so a moved session gets
   * new keys and a reminder planned for the old time can never match again. Use it as the
   * idempotency key of the durable schedule (one row, one `session.reminder_due`).
   */
  readonly key: string;
  readonly sessionId: string;
  readonly sessionStart: IsoInstant;
  readonly offsetMinutes: number;
  readonly dueAt: IsoInstant;
}

export interface ReminderPlan {
  /** Due in the future, ascending by `dueAt`: store these. */
  readonly scheduled: readonly Reminder[];
  /** Already past when planned (e.g. the 24 h reminder of a session booked 2 h ahead). */
  readonly skipped: readonly Reminder[];
}

const MINUTE_MS = 60_000;
const MAX_OFFSET_MINUTES = 14 * 24 * 60;

/**
 * Plans reminders `offsetsMinutes` before the session start (e.g. [1440, 10]). Reminders whose
 * time has already come are skipped, not sent late; inactive sessions get none.
 * Offsets must be whole minutes in 1…20160 (field `offsets[i]`); duplicates collapse.
 */
export function planReminders(
  subject: ReminderSubject,
  offsetsMinutes: readonly number[],
  now: Date,
): ReminderPlan {
  const offsets = checkedOffsets(offsetsMinutes);
  if (!isActiveStatus(subject.status)) return { scheduled: [], skipped: [] };
  const start = parseInstant(subject.start, 'start');
  const reminders = offsets
    .map((offset) => buildReminder(subject.sessionId, start, offset))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const nowIso = formatInstant(now.getTime());
  return {
    scheduled: reminders.filter((r) => r.dueAt > nowIso),
    skipped: reminders.filter((r) => r.dueAt <= nowIso),
  };
}

function buildReminder(sessionId: string, startMs: number, offsetMinutes: number): Reminder {
  const sessionStart = formatInstant(startMs);
  return {
    key: `${sessionId}/${sessionStart}/${offsetMinutes}`,
    sessionId,
    sessionStart,
    offsetMinutes,
    dueAt: formatInstant(startMs - offsetMinutes * MINUTE_MS),
  };
}

function checkedOffsets(offsets: readonly number[]): number[] {
  offsets.forEach((offset, i) => {
    if (!Number.isInteger(offset) || offset < 1 || offset > MAX_OFFSET_MINUTES) {
      throw new InvalidInputError(
        `offsets[${i}]`,
        `expected whole minutes between 1 and ${MAX_OFFSET_MINUTES}`,
      );
    }
  });
  return [...new Set(offsets)];
}
