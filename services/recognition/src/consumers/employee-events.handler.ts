import { Injectable } from '@nestjs/common';
import { EmployeeSnapshot, EventEnvelope } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { EntityManager } from 'typeorm';
import { ColleagueRepository } from '../colleagues/colleague.repository';
import { KudosRepository } from '../kudos/kudos.repository';
import { PointsLedgerRepository } from '../ledger/points-ledger.repository';

/**
 * Keeps the colleagues read model in step with identity, and honours erasure (employee.erased) in one
 * transaction:
 * - every kudos from or to the person is deleted, message and all;
 * - their own ledger rows are deleted, the single exception to the ledger being append-only, because
 *   their points are personal data;
 * - points others earned from kudos the person gave stay: those rows are the recipients' and name
 *   nobody but the recipient (the ledger keeps no giver).
 */
@Injectable()
export class EmployeeEventsHandler {
  constructor(
    private readonly colleagues: ColleagueRepository,
    private readonly kudos: KudosRepository,
    private readonly ledger: PointsLedgerRepository,
  ) {}

  handlers(): Record<string, EventHandler> {
    return {
      'employee.upserted': (event, manager) => this.upserted(event, manager),
      'employee.deactivated': (event, manager) =>
        this.colleagues.deactivate(manager, event.tenantId, event.aggregateId, event.aggregateVersion),
      'employee.erased': (event, manager) => this.erased(event, manager),
    };
  }

  private async upserted(event: EventEnvelope, manager: EntityManager): Promise<void> {
    // parseEvent validated the payload against the contract before the handler runs.
    const snapshot = event.payload as unknown as EmployeeSnapshot;
    await this.colleagues.applySnapshot(manager, event.tenantId, event.aggregateVersion, snapshot);
  }

  private async erased(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const { tenantId, aggregateId: employeeId } = event;
    await this.kudos.deleteInvolving(manager, tenantId, employeeId);
    await this.ledger.eraseEmployee(manager, tenantId, employeeId);
    await this.colleagues.erase(manager, tenantId, employeeId);
  }
}
