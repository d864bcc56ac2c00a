import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { EntityManager } from 'typeorm';
import { FeedbackRepository } from '../feedback/feedback.repository';
import { KnownSessionRepository } from '../sessions/known-session.repository';

/**
 * Honours erasure (employee.erased), in one transaction:
 * - feedback they wrote keeps its rating, so the people they rated keep a fair average, but loses its
 *   author and comment (their words and their link to it are personal data);
 * - feedback about them is deleted: it describes a person who asked to be forgotten;
 * - they disappear from feedback's record of who took part in sessions.
 * The session id stays on anonymized feedback; scheduling forgets the person's participation as well.
 */
@Injectable()
export class EmployeeEventsHandler {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly sessions: KnownSessionRepository,
  ) {}

  handlers(): Record<string, EventHandler> {
    return { 'employee.erased': (event, manager) => this.erased(event, manager) };
  }

  private async erased(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const { tenantId, aggregateId: employeeId } = event;
    await this.feedback.anonymizeAuthored(manager, tenantId, employeeId);
    await this.feedback.deleteReceived(manager, tenantId, employeeId);
    await this.sessions.forgetEmployee(manager, tenantId, employeeId);
  }
}
