import { EntityManager } from 'typeorm';
import { EventEnvelope, EventType, NewEvent, buildEvent, topicOf } from '@mentormesh/contracts';
import { currentTraceHeaders } from './trace-headers';

/**
 * Appends events to the outbox inside the caller's transaction: the state change and its events
 * commit together or not at all. The relay publishes them afterwards.
 */
export class OutboxWriter {
  async append<T extends EventType>(manager: EntityManager, event: NewEvent<T>): Promise<EventEnvelope> {
    const envelope = buildEvent(event);
    await manager.query(
      `insert into outbox_events (event_id, tenant_id, topic, message_key, event_type, envelope, headers)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        envelope.eventId,
        envelope.tenantId,
        topicOf(event.type),
        envelope.aggregateId,
        envelope.type,
        JSON.stringify(envelope),
        JSON.stringify(currentTraceHeaders()),
      ],
    );
    return envelope;
  }
}
