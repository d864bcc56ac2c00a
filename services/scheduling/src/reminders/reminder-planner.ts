import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { planReminders, SessionStatus } from '../sessions/domain';
import { ReminderRepository } from './reminder.repository';

/** What reminders are planned for. */
export interface RemindedSession {
  readonly tenantId: string;
  readonly sessionId: string;
  readonly startsAt: Date;
  readonly status: SessionStatus;
  readonly participantIds: readonly string[];
}

/**
 * Keeps a session's durable reminder schedule in step with the session, inside the caller's transaction:
 * planned on booking, moved on reschedule (old rows replaced), dropped on cancel or settlement.
 */
@Injectable()
export class ReminderPlanner {
  constructor(private readonly reminders: ReminderRepository) {}

  async plan(
    manager: EntityManager,
    session: RemindedSession,
    offsetsMinutes: readonly number[],
    now: Date,
  ): Promise<void> {
    const { scheduled } = planReminders(
      { sessionId: session.sessionId, start: session.startsAt.toISOString(), status: session.status },
      offsetsMinutes,
      now,
    );
    const rows = scheduled.flatMap((r) =>
      session.participantIds.map((employeeId) => ({
        employeeId,
        offsetMinutes: r.offsetMinutes,
        sessionStart: new Date(r.sessionStart),
        dueAt: new Date(r.dueAt),
      })),
    );
    await this.reminders.replace(manager, session.tenantId, session.sessionId, rows);
  }

  drop(manager: EntityManager, tenantId: string, sessionId: string): Promise<void> {
    return this.reminders.dropUnsent(manager, tenantId, sessionId);
  }
}
