import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventType, NewEvent, buildEvent, topicOf } from '@mentormesh/contracts';
import { currentTraceHeaders } from '@mentormesh/messaging';

/**
 * Appends many events to the outbox in one statement, inside the caller's transaction (the bulk
 * counterpart of OutboxWriter.append: same validation, same row shape).
 */
@Injectable()
export class OutboxBatch {
  async appendAll(manager: EntityManager, events: readonly NewEvent<EventType>[]): Promise<void> {
    if (events.length === 0) return;
    const headers = currentTraceHeaders();
    const rows = events.map((event) => {
      const envelope = buildEvent(event);
      return {
        event_id: envelope.eventId,
        tenant_id: envelope.tenantId,
        topic: topicOf(event.type),
        message_key: envelope.aggregateId,
        event_type: envelope.type,
        envelope,
        headers,
      };
    });
    await manager.query(
      `insert into outbox_events (event_id, tenant_id, topic, message_key, event_type, envelope, headers)
       select r.event_id, r.tenant_id, r.topic, r.message_key, r.event_type, r.envelope, r.headers
       from jsonb_to_recordset($1::jsonb) as r(event_id uuid, tenant_id uuid, topic text, message_key text,
         event_type text, envelope jsonb, headers jsonb)`,
      [JSON.stringify(rows)],
    );
  }
}
