import { formatInstant, parseInstant } from '../../availability/domain';
import { Reminder, ReminderSubject } from './reminder-schedule';
import { isActiveStatus } from './session-rules';

export interface DueReminders {
  /** Send these now (emit `session.reminder_due`, then mark them sent in the same transaction). */
  readonly due: readonly Reminder[];
  /** Never send these: the session is gone, inactive, moved, or has already started. */
  readonly obsolete: readonly Reminder[];
}

/**
 * Sorts stored reminders into due and obsolete at `now`, checking each against the session's
 * current state. Reminders still in the future appear in neither list. A reminder that is late
 * (e.g. after a restart) is still due as long as its session has not started.
 */
export function selectDueReminders(
  reminders: readonly Reminder[],
  sessions: ReadonlyMap<string, ReminderSubject>,
  now: Date,
): DueReminders {
  const nowIso = formatInstant(now.getTime());
  const due: Reminder[] = [];
  const obsolete: Reminder[] = [];
  for (const reminder of reminders) {
    if (isObsolete(reminder, sessions.get(reminder.sessionId), nowIso)) obsolete.push(reminder);
    else if (reminder.dueAt <= nowIso) due.push(reminder);
  }
  return { due, obsolete };
}

function isObsolete(reminder: Reminder, session: ReminderSubject | undefined, nowIso: string): boolean {
  if (!session || !isActiveStatus(session.status)) return true;
  const currentStart = formatInstant(parseInstant(session.start, 'start'));
  return currentStart !== reminder.sessionStart || currentStart <= nowIso;
}
