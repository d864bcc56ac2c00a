import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BusyCache } from '../calendar/feed/busy-cache';
import { AvailabilityRepository } from './availability.repository';
import { AvailabilityRules, PersonAvailability } from './domain';

const DAY_MS = 86_400_000;
/** Sessions this far around a window still matter: weekly caps and buffers reach beyond it. */
const MARGIN_MS = 8 * DAY_MS;

/** Rules for someone who saved none (e.g. a mentee): any time of day, only sessions and busy time count. */
export function openRules(timeZone: string): AvailabilityRules {
  return {
    timeZone,
    weekly: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }],
    overrides: [],
    timeOff: [],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 365,
    maxSessionsPerDay: null,
    maxSessionsPerWeek: null,
    sessionLengths: [],
    slotGranularityMinutes: 5,
  };
}

/**
 * Assembles what the availability core needs about people: saved rules, live sessions of this service's
 * session tables (read-only) and busy blocks from the feed cache. Employees without saved rules get
 * `fallback(id)` or are left out when it returns null.
 */
@Injectable()
export class AvailabilityLoader {
  constructor(
    private readonly availability: AvailabilityRepository,
    private readonly busy: BusyCache,
  ) {}

  async load(
    m: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
    window: { readonly from: Date; readonly to: Date },
    fallback: (employeeId: string) => AvailabilityRules | null,
    /** A session being moved: its own current time does not count against its new one. */
    excludeSessionId?: string,
  ): Promise<Map<string, PersonAvailability>> {
    const saved = await this.availability.findMany(m, tenantId, employeeIds);
    const sessions = await this.availability.liveSessions(
      m,
      tenantId,
      employeeIds,
      new Date(window.from.getTime() - MARGIN_MS),
      new Date(window.to.getTime() + MARGIN_MS),
      excludeSessionId,
    );
    const busy = await this.busy.getMany(tenantId, employeeIds);
    const people = new Map<string, PersonAvailability>();
    for (const id of employeeIds) {
      const rules = saved.get(id)?.rules ?? fallback(id);
      if (!rules) continue;
      people.set(id, {
        rules,
        sessions: sessions.filter((s) => s.employeeId === id),
        busy: busy.get(id) ?? [],
      });
    }
    return people;
  }
}
