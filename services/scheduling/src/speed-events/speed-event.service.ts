import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthPrincipal } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError, ValidationError } from '@mentormesh/graphql';
import { buildPersonalCalendarFeed, CalendarSession } from '../calendar/domain';
import type { SchedulingConfig } from '../config';
import { ParticipantRepository } from '../participants/participant.repository';
import { withEdgeErrors } from '../sessions/scheduling-error.translation';
import { CreateSpeedEventInput } from './dto/create-speed-event.input';
import { RotationPlanRepository } from './rotation-plan.repository';
import { SpeedEventBooker } from './speed-event-booker';
import { checkAndLayOut } from './speed-event-layout';
import { SpeedEventRecord, StoredPairing } from './speed-event.record';
import { SpeedEventRepository } from './speed-event.repository';

export interface SpeedEventView {
  readonly event: SpeedEventRecord;
  readonly pairings: readonly StoredPairing[];
}

export interface AgendaView extends SpeedEventView {
  readonly ics: string;
}

/** Creates speed-mentoring events from rotation plans and shows them (whole, or one person's agenda). */
@Injectable()
export class SpeedEventService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly participants: ParticipantRepository,
    private readonly plans: RotationPlanRepository,
    private readonly events: SpeedEventRepository,
    private readonly booker: SpeedEventBooker,
    @Inject(APP_CONFIG) private readonly config: SchedulingConfig,
  ) {}

  /** Lays the plan's rounds out and books every pairing, all in one transaction (nothing on failure). */
  create(principal: AuthPrincipal, input: CreateSpeedEventInput, now = new Date()): Promise<SpeedEventView> {
    const { tenantId } = principal;
    return withEdgeErrors(() =>
      this.transactions.run(tenantId, async (m) => {
        const plan = await this.plans.find(m, tenantId, input.rotationPlanId);
        if (!plan)
          throw new ValidationError('rotationPlanId', 'no such rotation plan (published by matching)');
        const checked = checkAndLayOut(input, plan, now);
        const people = [...plan.mentorIds, ...plan.participantIds, principal.employeeId];
        const known = await this.participants.findMany(m, tenantId, people);
        const inactive = people
          .slice(0, -1)
          .find((id) => !known.some((p) => p.id === id && p.status === 'ACTIVE'));
        if (inactive) throw new ValidationError('rotationPlanId', `${inactive} is not an active employee`);
        const event: SpeedEventRecord = {
          tenantId,
          id: randomUUID(),
          name: input.name,
          startsAt: checked.startsAt,
          timeZone: checked.timeZone,
          roundMinutes: input.roundMinutes,
          breakMinutes: input.breakMinutes,
          format: checked.format,
          location: input.location ?? null,
          rooms: checked.roster.rooms,
          rotationPlanId: plan.planId,
          mentorIds: plan.mentorIds,
          participantIds: plan.participantIds,
          roundCount: checked.roundCount,
          registrationCap: input.registrationCap ?? null,
          createdBy: known.some((p) => p.id === principal.employeeId) ? principal.employeeId : null,
        };
        await this.events.insert(m, event);
        const pairings = await this.booker.book(m, event, checked.pairings, now);
        return { event, pairings };
      }),
    );
  }

  async find(principal: AuthPrincipal, id: string): Promise<SpeedEventView> {
    const { tenantId } = principal;
    return this.transactions.run(tenantId, async (m) => {
      const event = await this.events.find(m, tenantId, id);
      if (!event) throw new NotFoundError('speed event', id);
      return { event, pairings: await this.events.livePairings(m, tenantId, id) };
    });
  }

  /** The caller's rounds (as mentor or participant) and an ICS of them; NOT_FOUND for non-attendees. */
  async agenda(principal: AuthPrincipal, id: string, now = new Date()): Promise<AgendaView> {
    const { event, pairings } = await this.find(principal, id);
    const me = principal.employeeId;
    const attends = event.mentorIds.includes(me) || event.participantIds.includes(me);
    if (!attends) throw new NotFoundError('speed event', id);
    const mine = pairings.filter((p) => p.mentorId === me || p.participantIds.includes(me));
    const ics = buildPersonalCalendarFeed(
      { calendarName: event.name, sessions: mine.map((p) => this.calendarEntry(event, p)) },
      { uidDomain: this.config.CALENDAR_UID_DOMAIN, now },
    );
    return { event, pairings: mine, ics };
  }

  private calendarEntry(event: SpeedEventRecord, p: StoredPairing): CalendarSession {
    return {
      id: p.sessionId,
      sequence: 0,
      status: 'confirmed',
      start: new Date(p.start).toISOString(),
      end: new Date(p.end).toISOString(),
      timeZone: event.timeZone,
      title: `${event.name}: round ${p.round}`,
      agenda: null,
      format: event.format === 'IN_PERSON' ? 'in_person' : 'video',
      location: event.format === 'IN_PERSON' ? [event.location, p.room].filter(Boolean).join(', ') : null,
      videoUrl: null,
      threadUrl: null,
      organizer: { name: event.name, email: `speed-events@${this.config.CALENDAR_UID_DOMAIN}` },
      attendees: [],
    };
  }
}
