import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, MatchSnapshot } from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { BookableMatchRepository } from './bookable-match.repository';

const MATCH_EVENTS = [
  'match.proposed',
  'match.accepted',
  'match.declined',
  'match.expired',
  'match.withdrawn',
];

/**
 * Keeps the bookable-match read model in step with matching: every match event carries the snapshot, and
 * the version check lets late or repeated events change nothing (a match accepted then withdrawn stays
 * withdrawn whatever order the copies arrive in).
 */
@Injectable()
export class MatchEventsHandler {
  constructor(private readonly matches: BookableMatchRepository) {}

  handlers(): Record<string, EventHandler> {
    return Object.fromEntries(MATCH_EVENTS.map((type) => [type, (e, m) => this.apply(e, m)]));
  }

  private apply(event: EventEnvelope, manager: EntityManager): Promise<void> {
    // parseEvent validated the payload against the contract before the handler runs.
    const snapshot = event.payload as unknown as MatchSnapshot;
    return this.matches.apply(manager, event.tenantId, event.aggregateVersion, snapshot);
  }
}
