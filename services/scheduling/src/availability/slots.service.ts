import { Injectable } from '@nestjs/common';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { ValidationError } from '@mentormesh/graphql';
import { ParticipantRepository } from '../participants/participant.repository';
import { AvailabilityLoader, openRules } from './availability-loader';
import { translateErrors, UnknownEmployeeError } from './availability.errors';
import {
  availableSlots,
  commonSlots,
  LocalizedSlot,
  normalizeTimeZone,
  renderSlotsInTimeZone,
} from './domain';

const MAX_WINDOW_DAYS = 93;
const NAMES = { 'window.from': 'from', 'window.to': 'to' };

export interface SlotQuery {
  readonly length: number;
  readonly from: Date;
  readonly to: Date;
  readonly viewerTimeZone?: string | null;
}

/**
 * Bookable slots, computed by the availability core from everyone's rules, live sessions and calendar
 * busy time, and rendered on the viewer's clock (given zone, else the caller's own). Busy details never
 * leave: only the resulting slots do.
 */
@Injectable()
export class SlotsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly participants: ParticipantRepository,
    private readonly loader: AvailabilityLoader,
  ) {}

  available(
    principal: AuthPrincipal,
    mentorId: string,
    query: SlotQuery,
    now = new Date(),
  ): Promise<LocalizedSlot[]> {
    const { tenantId } = principal;
    checkWindow(query);
    return this.transactions.run(tenantId, async (m) => {
      const known = await this.participants.findMany(m, tenantId, [mentorId, principal.employeeId]);
      const mentor = known.find((p) => p.id === mentorId && p.status === 'ACTIVE');
      if (!mentor) throw new UnknownEmployeeError('mentorId', mentorId);
      const zone = viewerZone(query, known.find((p) => p.id === principal.employeeId)?.timeZone);
      const people = await this.loader.load(m, tenantId, [mentorId], query, () => null);
      const person = people.get(mentorId);
      if (!person) return [];
      return translateErrors(() => {
        const slots = availableSlots({ ...person, length: query.length, window: isoWindow(query) }, now);
        return renderSlotsInTimeZone(slots, zone);
      }, NAMES);
    });
  }

  common(
    principal: AuthPrincipal,
    participantIds: readonly string[],
    query: SlotQuery,
    now = new Date(),
  ): Promise<LocalizedSlot[]> {
    const { tenantId } = principal;
    checkWindow(query);
    return this.transactions.run(tenantId, async (m) => {
      const known = await this.participants.findMany(m, tenantId, [...participantIds, principal.employeeId]);
      const zones = new Map(known.filter((p) => p.status === 'ACTIVE').map((p) => [p.id, p.timeZone]));
      const unknown = participantIds.find((id) => !zones.has(id));
      if (unknown) throw new UnknownEmployeeError('participantIds', unknown);
      const zone = viewerZone(query, known.find((p) => p.id === principal.employeeId)?.timeZone);
      const people = await this.loader.load(m, tenantId, participantIds, query, (id) =>
        openRules(zones.get(id) ?? 'UTC'),
      );
      return translateErrors(() => {
        const everyone = participantIds.map((id) => ({ participantId: id, ...people.get(id)! }));
        const slots = commonSlots(everyone, query.length, isoWindow(query), now);
        return renderSlotsInTimeZone(slots, zone);
      }, NAMES);
    });
  }
}

function checkWindow(query: SlotQuery): void {
  if (query.to.getTime() <= query.from.getTime()) throw new ValidationError('to', 'must be after from');
  if (query.to.getTime() - query.from.getTime() > MAX_WINDOW_DAYS * 86_400_000) {
    throw new ValidationError('to', `the window may span at most ${MAX_WINDOW_DAYS} days`);
  }
}

function viewerZone(query: SlotQuery, callerZone: string | undefined): string {
  if (query.viewerTimeZone) {
    try {
      return normalizeTimeZone(query.viewerTimeZone, 'viewerTimeZone');
    } catch {
      throw new ValidationError('viewerTimeZone', `unknown time zone "${query.viewerTimeZone}"`);
    }
  }
  return callerZone ?? 'UTC';
}

function isoWindow(query: SlotQuery): { from: string; to: string } {
  return { from: query.from.toISOString(), to: query.to.toISOString() };
}
