import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@mentormesh/messaging';
import { SessionTransition } from './domain';
import { SessionRecord } from './session.record';
import { toSessionSnapshot } from './session.snapshot';

/**
 * Writes the contract event for a lifecycle transition to the outbox, in the caller's transaction (none for a
 * session left with fewer than two participants after an erasure).
 */
export async function appendTransitionEvent(
  outbox: OutboxWriter,
  manager: EntityManager,
  record: SessionRecord,
  transition: SessionTransition,
): Promise<void> {
  const { session } = record;
  // A session one side of which was erased is no longer a meeting between people others know about; the
  // erasure itself (employee.erased) told every service what they need, and the contract needs two people.
  if (record.participants.length < 2) return;
  const base = {
    tenantId: session.tenantId,
    aggregateId: session.id,
    aggregateVersion: session.version,
  };
  const snapshot = toSessionSnapshot(record);
  switch (transition.change) {
    case 'confirmed':
      await outbox.append(manager, { ...base, type: 'session.confirmed', payload: snapshot });
      return;
    case 'completed':
      await outbox.append(manager, { ...base, type: 'session.completed', payload: snapshot });
      return;
    case 'rescheduled':
      await outbox.append(manager, {
        ...base,
        type: 'session.rescheduled',
        payload: {
          ...snapshot,
          previousStartsAt: new Date(transition.previous.start).toISOString(),
          previousEndsAt: new Date(transition.previous.end).toISOString(),
        },
      });
      return;
    case 'cancelled':
      await outbox.append(manager, {
        ...base,
        type: 'session.cancelled',
        payload: { ...snapshot, cancelledBy: session.cancelledBy, reason: session.cancelReason },
      });
      return;
    case 'no_show':
      await outbox.append(manager, {
        ...base,
        type: 'session.no_show',
        payload: { ...snapshot, absentEmployeeIds: [...transition.session.absentees] },
      });
      return;
  }
}
