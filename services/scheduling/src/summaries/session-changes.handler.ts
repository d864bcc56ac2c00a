import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@mentormesh/config';
import { EventEnvelope, SessionSnapshot } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { AvailabilityChangesRepository } from '../availability/availability-changes.repository';
import type { SchedulingConfig } from '../config';

const SESSION_EVENTS = [
  'session.booked',
  'session.confirmed',
  'session.rescheduled',
  'session.cancelled',
  'session.completed',
  'session.no_show',
] as const;

/** Bookings change free time: every session event marks its participants' summaries for recomputation. */
@Injectable()
export class SessionChangesHandler {
  constructor(
    private readonly changes: AvailabilityChangesRepository,
    @Inject(APP_CONFIG) private readonly config: SchedulingConfig,
  ) {}

  handlers(): Record<string, EventHandler> {
    return Object.fromEntries(SESSION_EVENTS.map((type) => [type, (e, m) => this.changed(e, m)]));
  }

  private async changed(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const session = event.payload as unknown as SessionSnapshot;
    const ids = session.participants.map((p) => p.employeeId);
    await this.changes.markChanged(manager, event.tenantId, ids, this.config.SUMMARY_DEBOUNCE_MS);
  }
}
