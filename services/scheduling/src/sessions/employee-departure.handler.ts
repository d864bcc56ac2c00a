import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventHandler } from '@mentormesh/messaging';
import { cancelForDeparture } from './domain';
import { SessionLifecycleService } from './session-lifecycle.service';
import { toSessionState } from './session-state';
import { SessionSweepRepository } from './session-sweep.repository';
import { SchedulingSettingsRepository } from './settings/scheduling-settings.repository';

/**
 * When identity deactivates (or erases) an employee, their upcoming sessions are cancelled by the system (reminders
 * dropped, `session.cancelled` with `cancelledBy: null`), so nobody waits for a colleague who has left.
 * Idempotent: a redelivered event finds nothing live left to cancel.
 */
@Injectable()
export class EmployeeDepartureHandler {
  constructor(
    private readonly sessions: SessionSweepRepository,
    private readonly settings: SchedulingSettingsRepository,
    private readonly lifecycle: SessionLifecycleService,
  ) {}

  handlers(): Record<string, EventHandler> {
    return {
      'employee.deactivated': (event, manager) =>
        this.cancelUpcoming(manager, event.tenantId, event.aggregateId, new Date()).then(() => undefined),
      // Usually preceded by a deactivation; if the participants read model has already dropped them, there is
      // nothing left to find and the sessions go on with the others.
      'employee.erased': (event, manager) =>
        this.cancelUpcoming(manager, event.tenantId, event.aggregateId, new Date()).then(() => undefined),
    };
  }

  async cancelUpcoming(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    now: Date,
  ): Promise<number> {
    const upcoming = await this.sessions.lockUpcomingFor(manager, tenantId, employeeId, now);
    if (upcoming.length === 0) return 0;
    const settings = await this.settings.find(manager, tenantId);
    for (const record of upcoming) {
      const transition = cancelForDeparture(toSessionState(record), now);
      await this.lifecycle.apply(manager, record, transition, settings, now);
    }
    return upcoming.length;
  }
}
