import { Injectable } from '@nestjs/common';
import type { RotationPlan } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { RotationPlanRepository } from './rotation-plan.repository';

/** Keeps the rotation-plan read model in step with matching's `rotation_plan.published`. */
@Injectable()
export class RotationPlanEventsHandler {
  constructor(private readonly plans: RotationPlanRepository) {}

  handlers(): Record<string, EventHandler> {
    return {
      // parseEvent validated the payload against the contract before the handler runs.
      'rotation_plan.published': (event, manager) =>
        this.plans.apply(
          manager,
          event.tenantId,
          event.aggregateVersion,
          event.payload as unknown as RotationPlan,
        ),
    };
  }
}
