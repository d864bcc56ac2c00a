import { SchedulingUnderTest } from '../scheduling-app';
import { asOwner } from './participants';

export interface OutboxEvent {
  readonly type: string;
  readonly aggregateVersion: number;
  readonly payload: Record<string, unknown>;
}

/** The events scheduling wrote to its outbox for one aggregate, oldest first. */
export function outboxEventsOf(scheduling: SchedulingUnderTest, aggregateId: string): Promise<OutboxEvent[]> {
  return asOwner(scheduling, async (c) => {
    const res = await c.query<{ envelope: OutboxEvent }>(
      `select envelope from outbox_events where message_key = $1 order by id`,
      [aggregateId],
    );
    return res.rows.map((r) => r.envelope);
  });
}
