import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError, ValidationError } from '@mentormesh/graphql';
import type { SchedulingConfig } from '../config';
import { CalendarFeedRepository, FeedStatusView } from '../calendar/feed/calendar-feed.repository';
import { ParticipantRepository } from '../participants/participant.repository';
import { AvailabilityChangesRepository } from './availability-changes.repository';
import { targetEmployee } from './availability-access';
import { translateErrors, UnknownEmployeeError } from './availability.errors';
import { StoredAvailability } from './availability.record';
import { AvailabilityRepository } from './availability.repository';
import { AvailabilityRules, DateOverride, validateAvailabilityRules } from './domain';
import { DateOverrideInput } from './dto/date-override.input';
import { SetAvailabilityInput } from './dto/set-availability.input';
import { TimeOffInput } from './dto/time-off.input';

export interface AvailabilityView {
  readonly availability: StoredAvailability;
  readonly feed: FeedStatusView | null;
}

/** Reads and changes availability settings; every change marks the owner's summary for recomputation. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly participants: ParticipantRepository,
    private readonly availability: AvailabilityRepository,
    private readonly changes: AvailabilityChangesRepository,
    private readonly feeds: CalendarFeedRepository,
    @Inject(APP_CONFIG) private readonly config: SchedulingConfig,
  ) {}

  /** Saved availability of you (or, for ORG_ADMIN, anyone); null when none is saved yet. */
  find(principal: AuthPrincipal, employeeId?: string): Promise<AvailabilityView | null> {
    const owner = targetEmployee(principal, employeeId);
    return this.transactions.run(principal.tenantId, (m) => this.view(m, principal.tenantId, owner));
  }

  set(principal: AuthPrincipal, input: SetAvailabilityInput): Promise<AvailabilityView> {
    const owner = targetEmployee(principal, input.employeeId);
    return this.change(principal, owner, async (m, tenantId) => {
      const rules = await translateErrors(() => validateAvailabilityRules(toRules(input)));
      await this.availability.save(m, tenantId, owner, rules);
    });
  }

  setOverride(principal: AuthPrincipal, input: DateOverrideInput): Promise<AvailabilityView> {
    const owner = targetEmployee(principal, input.employeeId);
    return this.change(principal, owner, async (m, tenantId) => {
      const override = await translateErrors(() => checkedOverride(input), { 'overrides[0]': 'input' });
      await this.availability.upsertOverride(m, tenantId, owner, override);
    });
  }

  removeOverride(principal: AuthPrincipal, date: string, employeeId?: string): Promise<AvailabilityView> {
    const owner = targetEmployee(principal, employeeId);
    return this.change(principal, owner, async (m, tenantId) => {
      const removed = await this.availability.deleteOverride(m, tenantId, owner, date);
      if (!removed) throw new NotFoundError('override for', date);
    });
  }

  addTimeOff(principal: AuthPrincipal, input: TimeOffInput): Promise<AvailabilityView> {
    const owner = targetEmployee(principal, input.employeeId);
    return this.change(principal, owner, async (m, tenantId) => {
      if (input.end.getTime() <= input.start.getTime())
        throw new ValidationError('end', 'must be after start');
      await this.availability.insertTimeOff(m, tenantId, owner, { id: randomUUID(), ...input });
    });
  }

  removeTimeOff(principal: AuthPrincipal, id: string, employeeId?: string): Promise<AvailabilityView> {
    const owner = targetEmployee(principal, employeeId);
    return this.change(principal, owner, async (m, tenantId) => {
      const removed = await this.availability.deleteTimeOff(m, tenantId, owner, id);
      if (!removed) throw new NotFoundError('time off', id);
    });
  }

  /** Runs one change for a known employee, marks their summary and returns the new state. */
  private change(
    principal: AuthPrincipal,
    owner: string,
    work: (m: EntityManager, tenantId: string) => Promise<void>,
  ): Promise<AvailabilityView> {
    const { tenantId } = principal;
    return this.transactions.run(tenantId, async (m) => {
      const [known] = await this.participants.findMany(m, tenantId, [owner]);
      if (!known) throw new UnknownEmployeeError('employeeId', owner);
      await work(m, tenantId);
      await this.changes.markChanged(m, tenantId, [owner], this.config.SUMMARY_DEBOUNCE_MS);
      const view = await this.view(m, tenantId, owner);
      if (view) return view;
      return { availability: emptyAvailability(owner, known.timeZone), feed: null };
    });
  }

  private async view(m: EntityManager, tenantId: string, owner: string): Promise<AvailabilityView | null> {
    const stored = (await this.availability.findMany(m, tenantId, [owner])).get(owner);
    if (!stored) return null;
    return { availability: stored, feed: await this.feeds.status(m, tenantId, owner) };
  }
}

function toRules(input: SetAvailabilityInput): AvailabilityRules {
  return {
    timeZone: input.timeZone,
    weekly: input.weekly.map((r) => ({
      weekdays: r.weekdays as AvailabilityRules['weekly'][0]['weekdays'],
      start: r.start,
      end: r.end,
    })),
    overrides: [],
    timeOff: [],
    bufferBeforeMinutes: input.bufferBeforeMinutes,
    bufferAfterMinutes: input.bufferAfterMinutes,
    minimumNoticeMinutes: input.minimumNoticeMinutes,
    horizonDays: input.horizonDays,
    maxSessionsPerDay: input.maxSessionsPerDay ?? null,
    maxSessionsPerWeek: input.maxSessionsPerWeek ?? null,
    sessionLengths: input.sessionLengths,
    slotGranularityMinutes: input.slotGranularityMinutes,
  };
}

function checkedOverride(input: DateOverrideInput): DateOverride {
  const override: DateOverride =
    input.kind === 'blocked'
      ? { date: input.date, kind: 'blocked' }
      : {
          date: input.date,
          kind: input.kind,
          ranges: input.ranges.map((r) => ({ start: r.start, end: r.end })),
        };
  validateAvailabilityRules({ ...emptyAvailability('', 'UTC').rules, overrides: [override] });
  return override;
}

function emptyAvailability(employeeId: string, timeZone: string): StoredAvailability {
  return {
    employeeId,
    timeOff: [],
    rules: {
      timeZone,
      weekly: [],
      overrides: [],
      timeOff: [],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 0,
      horizonDays: 60,
      maxSessionsPerDay: null,
      maxSessionsPerWeek: null,
      sessionLengths: [],
      slotGranularityMinutes: 15,
    },
  };
}
