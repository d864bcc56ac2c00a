import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmployeeSnapshot, EventEnvelope } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { ParticipantRepository } from './participant.repository';

/** Keeps the participants read model in step with identity's employee events. */
@Injectable()
export class EmployeeEventsHandler {
  constructor(private readonly participants: ParticipantRepository) {}

  handlers(): Record<string, EventHandler> {
    return {
      'employee.upserted': (event, manager) => this.upserted(event, manager),
      'employee.deactivated': (event, manager) =>
        this.participants.deactivate(manager, event.tenantId, event.aggregateId, event.aggregateVersion),
      'employee.erased': (event, manager) =>
        this.participants.erase(manager, event.tenantId, event.aggregateId),
    };
  }

  private async upserted(event: EventEnvelope, manager: EntityManager): Promise<void> {
    // parseEvent validated the payload against the contract before the handler runs.
    const snapshot = event.payload as unknown as EmployeeSnapshot;
    await this.participants.applySnapshot(manager, event.tenantId, event.aggregateVersion, snapshot);
  }
}
