import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmployeeSnapshot, EventEnvelope } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { DirectoryRepository } from './directory.repository';

/** Keeps the employee read model in step with identity's employee events. */
@Injectable()
export class EmployeeEventsHandler {
  constructor(private readonly directory: DirectoryRepository) {}

  handlers(): Record<string, EventHandler> {
    return {
      'employee.upserted': (event, manager) => this.upserted(event, manager),
      'employee.deactivated': (event, manager) =>
        this.directory.deactivate(manager, event.tenantId, event.aggregateId, event.aggregateVersion),
      'employee.erased': (event, manager) => this.directory.erase(manager, event.tenantId, event.aggregateId),
    };
  }

  private async upserted(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const snapshot = event.payload as unknown as EmployeeSnapshot;
    await this.directory.applySnapshot(manager, event.tenantId, event.aggregateVersion, snapshot);
  }
}
