import { Injectable } from '@nestjs/common';
import { EventEnvelope, SessionSnapshot } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { EntityManager } from 'typeorm';
import { KnownSessionRepository } from '../sessions/known-session.repository';

/** Keeps feedback's read model of sessions in step with scheduling's session events. */
@Injectable()
export class SessionEventsHandler {
  constructor(private readonly sessions: KnownSessionRepository) {}

  handlers(): Record<string, EventHandler> {
    return { 'session.booked': (event, manager) => this.applied(event, manager) };
  }

  private async applied(event: EventEnvelope, manager: EntityManager): Promise<void> {
    // parseEvent validated the payload against the contract before the handler runs.
    const snapshot = event.payload as unknown as SessionSnapshot;
    await this.sessions.applySnapshot(manager, event.tenantId, event.aggregateVersion, snapshot);
  }
}
