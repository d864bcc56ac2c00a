import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmployeeSnapshot, EventEnvelope } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { MatchRepository } from '../matches/match.repository';
import { ReadModelRepository } from '../read-models/read-model.repository';
import { RecommendationChangesRepository } from '../read-models/recommendation-changes.repository';
import { DirectoryRepository } from '../employees/directory.repository';

/** Keeps the employee read model in step with identity's employee events; erasure reaches everything. */
@Injectable()
export class EmployeeEventsHandler {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly readModels: ReadModelRepository,
    private readonly matches: MatchRepository,
    private readonly changes: RecommendationChangesRepository,
  ) {}

  handlers(): Record<string, EventHandler> {
    return {
      'employee.upserted': (event, manager) => this.upserted(event, manager),
      'employee.deactivated': async (event, manager) => {
        await this.directory.deactivate(manager, event.tenantId, event.aggregateId, event.aggregateVersion);
        await this.changes.record(manager, event.tenantId, event.aggregateId);
      },
      'employee.erased': (event, manager) => this.erased(event, manager),
    };
  }

  private async upserted(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const snapshot = event.payload as unknown as EmployeeSnapshot;
    if (await this.directory.applySnapshot(manager, event.tenantId, event.aggregateVersion, snapshot))
      await this.changes.record(manager, event.tenantId, snapshot.id);
  }

  /** The person disappears from matching: directory, profile, requests, matches and every read model. */
  private async erased(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const { tenantId, aggregateId: id } = event;
    await this.matches.eraseParticipant(manager, tenantId, id);
    await this.readModels.eraseEmployee(manager, tenantId, id);
    await this.directory.erase(manager, tenantId, id);
    await this.changes.record(manager, tenantId, null);
  }
}
