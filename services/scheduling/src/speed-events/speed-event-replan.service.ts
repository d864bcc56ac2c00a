import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError, ValidationError } from '@mentormesh/graphql';
import { ParticipantRepository } from '../participants/participant.repository';
import { cancelSession } from '../sessions/domain';
import { withEdgeErrors } from '../sessions/scheduling-error.translation';
import { SessionLifecycleService } from '../sessions/session-lifecycle.service';
import { actorOf, toSessionState } from '../sessions/session-state';
import { SessionRepository } from '../sessions/session.repository';
import { SchedulingSettingsRepository } from '../sessions/settings/scheduling-settings.repository';
import { replanRounds } from './domain';
import { ReplanSpeedEventInput } from './dto/replan-speed-event.input';
import { SpeedEventBooker } from './speed-event-booker';
import { SpeedEventRecord, StoredPairing } from './speed-event.record';
import { SpeedEventRepository } from './speed-event.repository';
import type { SpeedEventView } from './speed-event.service';

const REASON = 'speed event re-planned (late join or no-show)';

/**
 * Late joins and no-shows: re-plans the rounds that have not started. Dropped pairings' sessions are
 * cancelled (session.cancelled goes out), new ones booked (session.booked), all in one transaction.
 */
@Injectable()
export class SpeedEventReplanService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly participants: ParticipantRepository,
    private readonly events: SpeedEventRepository,
    private readonly booker: SpeedEventBooker,
    private readonly sessions: SessionRepository,
    private readonly settings: SchedulingSettingsRepository,
    private readonly lifecycle: SessionLifecycleService,
  ) {}

  /** Open registration: the caller joins (up to the cap) and is seated in the rounds that have not started. */
  join(principal: AuthPrincipal, eventId: string, now = new Date()): Promise<SpeedEventView> {
    return this.replan(principal, { eventId, absent: [], added: [principal.employeeId] }, now, 'eventId');
  }

  replan(
    principal: AuthPrincipal,
    input: ReplanSpeedEventInput,
    now = new Date(),
    addedField = 'added',
  ): Promise<SpeedEventView> {
    const { tenantId } = principal;
    return withEdgeErrors(() =>
      this.transactions.run(tenantId, async (m) => {
        const event = await this.events.find(m, tenantId, input.eventId, true);
        if (!event) throw new NotFoundError('speed event', input.eventId);
        await this.checkPeople(m, event, input, addedField);
        const live = await this.events.livePairings(m, tenantId, event.id);
        const result = replanRounds({
          pairings: live,
          roster: event,
          timing: {
            startsAt: event.startsAt.getTime(),
            roundMinutes: event.roundMinutes,
            breakMinutes: event.breakMinutes,
          },
          roundCount: event.roundCount,
          absent: input.absent,
          added: input.added,
          now: now.getTime(),
        });
        for (const pairing of result.drop) await this.cancel(m, principal, pairing as StoredPairing, now);
        await this.booker.book(m, event, result.add, now);
        await this.events.setParticipants(m, tenantId, event.id, result.participantIds);
        const updated = { ...event, participantIds: result.participantIds };
        return { event: updated, pairings: await this.events.livePairings(m, tenantId, event.id) };
      }),
    );
  }

  private async checkPeople(
    m: EntityManager,
    event: SpeedEventRecord,
    input: ReplanSpeedEventInput,
    addedField: string,
  ): Promise<void> {
    const everyone = new Set([...event.mentorIds, ...event.participantIds]);
    const stranger = input.absent.find((id) => !everyone.has(id));
    if (stranger) throw new ValidationError('absent', `${stranger} is not part of this event`);
    const already = input.added.find((id) => everyone.has(id));
    if (already) throw new ValidationError(addedField, `${already} is already part of this event`);
    const known = await this.participants.findMany(m, event.tenantId, input.added);
    const unknown = input.added.find((id) => !known.some((p) => p.id === id && p.status === 'ACTIVE'));
    if (unknown) throw new ValidationError(addedField, `${unknown} is not an active employee`);
    const count = event.participantIds.filter((id) => !input.absent.includes(id)).length + input.added.length;
    if (event.registrationCap !== null && count > event.registrationCap) {
      throw new ValidationError(addedField, `the event is capped at ${event.registrationCap} participants`);
    }
  }

  private async cancel(
    m: EntityManager,
    principal: AuthPrincipal,
    pairing: StoredPairing,
    now: Date,
  ): Promise<void> {
    const { tenantId } = principal;
    await this.events.dropPairing(m, tenantId, pairing.id);
    const record = await this.sessions.findForUpdate(m, tenantId, pairing.sessionId);
    if (!record || !['requested', 'confirmed', 'rescheduled'].includes(record.session.status)) return;
    const settings = await this.settings.find(m, tenantId);
    const transition = cancelSession(
      toSessionState(record),
      { actor: actorOf(principal), reason: REASON },
      settings.policy,
      now,
    );
    await this.lifecycle.apply(m, record, transition, settings, now);
  }
}
