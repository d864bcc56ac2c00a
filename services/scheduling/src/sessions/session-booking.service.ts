import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { VIDEO_LINK_PROVIDER, VideoLinkProvider } from '../video/video-link.provider';
import { BOOKING_AVAILABILITY_CHECK, BookingAvailabilityCheck } from './booking-availability-check';
import { expandSeries } from './domain';
import { SessionFormat } from './dto/session-format.enum';
import { PARTICIPANT_BUFFERS, ParticipantBufferSource, participantSpans } from './participant-buffers';
import { withEdgeErrors } from './scheduling-error.translation';
import { SessionParticipantRecord, SessionRecord } from './session.record';
import { SessionRepository } from './session.repository';
import { assertFormatDetails } from './session.rules';
import { toSessionSnapshot } from './session.snapshot';
import { SchedulingSettingsRepository } from './settings/scheduling-settings.repository';

/** A checked booking: who, when, how. Callable from other features (speed events book their rounds here). */
export interface BookingCommand {
  readonly tenantId: string;
  /** The organizer; null for sessions the system books. */
  readonly organizerId: string | null;
  readonly participants: readonly SessionParticipantRecord[];
  readonly startsAt: Date;
  readonly lengthMinutes: number;
  readonly format: SessionFormat;
  /** IANA zone for invites and series wall time. */
  readonly timeZone: string;
  readonly agenda?: string | null;
  readonly location?: string | null;
  readonly threadUrl?: string | null;
  readonly matchId?: string | null;
  readonly speedEventId?: string | null;
  /** RRULE value (e.g. `FREQ=WEEKLY;COUNT=4`): the whole series is booked atomically, or nothing. */
  readonly recurrence?: string | null;
  readonly status?: 'requested' | 'confirmed';
  /** For layouts an organizer decided (speed events): skip the participants' availability rules. */
  readonly skipAvailabilityCheck?: boolean;
}

const DEADLOCK = '40P01';

/**
 * Creates sessions. The exclusion constraint on session_participants decides conflicts: a taken slot fails
 * the insert (23P01 → SlotTakenError naming the participant) and the transaction leaves nothing behind.
 */
@Injectable()
export class SessionBookingService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly sessions: SessionRepository,
    private readonly settings: SchedulingSettingsRepository,
    private readonly reminders: ReminderPlanner,
    private readonly outbox: OutboxWriter,
    @Inject(VIDEO_LINK_PROVIDER) private readonly video: VideoLinkProvider,
    @Optional() @Inject(PARTICIPANT_BUFFERS) private readonly buffers?: ParticipantBufferSource,
    @Optional()
    @Inject(BOOKING_AVAILABILITY_CHECK)
    private readonly availability?: BookingAvailabilityCheck,
  ) {}

  /** Books in its own tenant transaction (retried if PostgreSQL resolves a deadlock by aborting it). */
  bookSessions(command: BookingCommand, now = new Date()): Promise<SessionRecord[]> {
    return withEdgeErrors(() =>
      retryOnDeadlock(() => this.transactions.run(command.tenantId, (m) => this.bookWithin(m, command, now))),
    );
  }

  /** Books inside the caller's tenant transaction: sessions, reminders and `session.booked` events. */
  async bookWithin(manager: EntityManager, command: BookingCommand, now: Date): Promise<SessionRecord[]> {
    assertFormatDetails(command.format, command.location);
    const { tenantId } = command;
    const settings = await this.settings.find(manager, tenantId);
    const ids = command.participants.map((p) => p.employeeId);
    const buffers = this.buffers ? await this.buffers.buffersFor(manager, tenantId, ids) : [];
    const seriesId = command.recurrence ? randomUUID() : null;
    const records: SessionRecord[] = [];
    for (const slot of this.slotsOf(command)) {
      if (this.availability && !command.skipAvailabilityCheck) {
        const check = { tenantId, participants: command.participants, start: slot.start, end: slot.end };
        await this.availability.assertBookable(manager, check, now);
      }
      const id = randomUUID();
      const videoUrl =
        command.format === SessionFormat.VIDEO_CALL
          ? await this.video.roomUrl({ tenantId, sessionId: id, tenantBaseUrl: settings.videoBaseUrl })
          : null;
      const record = await this.sessions.insert(
        manager,
        {
          tenantId,
          id,
          agenda: command.agenda ?? '',
          format: command.format,
          startsAt: slot.start,
          endsAt: slot.end,
          status: command.status ?? 'confirmed',
          createdBy: command.organizerId,
          timeZone: command.timeZone,
          location: command.location ?? null,
          threadUrl: command.threadUrl ?? null,
          videoUrl,
          matchId: command.matchId ?? null,
          speedEventId: command.speedEventId ?? null,
          seriesId,
          seriesIndex: seriesId ? slot.index : null,
          sequence: 0,
          cancelledBy: null,
          cancelReason: null,
          cancelledAt: null,
          absentees: [],
          settledAt: null,
          version: 1,
        },
        participantSpans(slot.start, slot.end, command.participants, buffers),
      );
      await this.reminders.plan(
        manager,
        { tenantId, sessionId: id, startsAt: slot.start, status: record.session.status, participantIds: ids },
        settings.reminderOffsetsMinutes,
        now,
      );
      await this.outbox.append(manager, {
        type: 'session.booked',
        tenantId,
        aggregateId: id,
        aggregateVersion: record.session.version,
        payload: toSessionSnapshot(record),
      });
      records.push(record);
    }
    return records;
  }

  private slotsOf(command: BookingCommand): { index: number; start: Date; end: Date }[] {
    const lengthMs = command.lengthMinutes * 60_000;
    if (!command.recurrence) {
      return [{ index: 0, start: command.startsAt, end: new Date(command.startsAt.getTime() + lengthMs) }];
    }
    return expandSeries({
      firstStart: command.startsAt.toISOString(),
      length: command.lengthMinutes,
      timeZone: command.timeZone,
      recurrence: command.recurrence,
    }).map((o) => ({ index: o.index, start: new Date(o.start), end: new Date(o.end) }));
  }
}

async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error: unknown) {
      const code = (error as { code?: string; driverError?: { code?: string } }).code;
      if (
        attempt >= attempts ||
        (code ?? (error as { driverError?: { code?: string } }).driverError?.code) !== DEADLOCK
      ) {
        throw error;
      }
    }
  }
}
