import { Inject, Injectable, Optional } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { BOOKING_AVAILABILITY_CHECK, BookingAvailabilityCheck } from './booking-availability-check';
import {
  cancelSession,
  completeSession,
  confirmSession,
  isActiveStatus,
  markNoShow,
  rescheduleSession,
  SessionState,
  SessionTransition,
} from './domain';
import { PARTICIPANT_BUFFERS, ParticipantBufferSource, participantSpans } from './participant-buffers';
import { withEdgeErrors } from './scheduling-error.translation';
import { appendTransitionEvent } from './session-events';
import { actorOf, toSessionPatch, toSessionState } from './session-state';
import { SessionNotFoundError } from './session.errors';
import { SessionRecord } from './session.record';
import { SessionRepository } from './session.repository';
import { isSessionVisibleTo } from './session.rules';
import { SchedulingSettings } from './settings/scheduling-settings';
import { SchedulingSettingsRepository } from './settings/scheduling-settings.repository';

type Decide = (state: SessionState, settings: SchedulingSettings) => SessionTransition;

/**
 * Confirm, reschedule, cancel, complete, no-show: lock the session, let the domain decide under the
 * tenant's policy, save (a reschedule re-checks the exclusion constraint), move or drop reminders, and
 * write the contract event to the outbox, all in one transaction.
 */
@Injectable()
export class SessionLifecycleService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly sessions: SessionRepository,
    private readonly settings: SchedulingSettingsRepository,
    private readonly reminders: ReminderPlanner,
    private readonly outbox: OutboxWriter,
    @Optional() @Inject(PARTICIPANT_BUFFERS) private readonly buffers?: ParticipantBufferSource,
    @Optional()
    @Inject(BOOKING_AVAILABILITY_CHECK)
    private readonly availability?: BookingAvailabilityCheck,
  ) {}

  confirm(principal: AuthPrincipal, id: string, now = new Date()): Promise<SessionRecord> {
    return this.change(principal, id, (s) => confirmSession(s, actorOf(principal), now), now);
  }

  reschedule(
    principal: AuthPrincipal,
    id: string,
    startsAt: Date,
    lengthMinutes: number | undefined,
    now = new Date(),
  ): Promise<SessionRecord> {
    return this.change(
      principal,
      id,
      (s, { policy }) => {
        const length = lengthMinutes ?? (Date.parse(s.end) - Date.parse(s.start)) / 60_000;
        const end = new Date(startsAt.getTime() + length * 60_000).toISOString();
        return rescheduleSession(s, { start: startsAt.toISOString(), end }, actorOf(principal), policy, now);
      },
      now,
    );
  }

  cancel(principal: AuthPrincipal, id: string, reason: string, now = new Date()): Promise<SessionRecord> {
    return this.change(
      principal,
      id,
      (s, { policy }) => cancelSession(s, { actor: actorOf(principal), reason }, policy, now),
      now,
    );
  }

  complete(principal: AuthPrincipal, id: string, now = new Date()): Promise<SessionRecord> {
    return this.change(principal, id, (s) => completeSession(s, actorOf(principal), now), now);
  }

  markNoShow(
    principal: AuthPrincipal,
    id: string,
    absentees: readonly string[],
    now = new Date(),
  ): Promise<SessionRecord> {
    return this.change(principal, id, (s) => markNoShow(s, actorOf(principal), absentees, now), now);
  }

  /** Saves a decided transition in the caller's transaction (also used by the settlement sweep). */
  async apply(
    manager: EntityManager,
    record: SessionRecord,
    transition: SessionTransition,
    settings: SchedulingSettings,
    now: Date,
  ): Promise<SessionRecord> {
    const { session } = record;
    const patch = toSessionPatch(transition.session);
    const ids = record.participants.map((p) => p.employeeId);
    const buffers = this.buffers ? await this.buffers.buffersFor(manager, session.tenantId, ids) : [];
    const spans = participantSpans(patch.startsAt!, patch.endsAt!, record.participants, buffers);
    const saved = {
      session: await this.sessions.update(manager, session, patch, spans),
      participants: record.participants,
    };
    if (isActiveStatus(saved.session.status)) {
      const subject = {
        tenantId: session.tenantId,
        sessionId: session.id,
        startsAt: saved.session.startsAt,
        status: saved.session.status,
        participantIds: ids,
      };
      await this.reminders.plan(manager, subject, settings.reminderOffsetsMinutes, now);
    } else {
      await this.reminders.drop(manager, session.tenantId, session.id);
    }
    await appendTransitionEvent(this.outbox, manager, saved, transition);
    return saved;
  }

  private change(principal: AuthPrincipal, id: string, decide: Decide, now: Date): Promise<SessionRecord> {
    const { tenantId } = principal;
    return withEdgeErrors(() =>
      this.transactions.run(tenantId, async (manager) => {
        const record = await this.sessions.findForUpdate(manager, tenantId, id);
        if (!record || !isSessionVisibleTo(record, principal)) throw new SessionNotFoundError(id);
        const settings = await this.settings.find(manager, tenantId);
        const transition = decide(toSessionState(record), settings);
        if (transition.change === 'rescheduled' && this.availability) {
          const slot = {
            tenantId,
            participants: record.participants,
            start: new Date(transition.session.start),
            end: new Date(transition.session.end),
            sessionId: id,
          };
          await this.availability.assertBookable(manager, slot, now);
        }
        return this.apply(manager, record, transition, settings, now);
      }),
    );
  }
}
