import { randomUUID } from 'node:crypto';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { OutboxRelay, OutboxWriter } from '../src';
import { MessagingFixture, createMessagingFixture, employee } from './messaging-fixture';

describe('transactional outbox', () => {
  let fx: MessagingFixture;
  const writer = new OutboxWriter();
  const tenantId = randomUUID();

  beforeAll(async () => {
    fx = await createMessagingFixture('outbox');
    await fx.connection.ensureTopics([Topics.employee]);
  });
  afterAll(() => fx.close());

  function appendEmployees(count: number, fail = false): Promise<void> {
    return fx.transactions.run(tenantId, async (manager) => {
      for (let i = 0; i < count; i++) {
        const snapshot = employee();
        await writer.append(manager, {
          type: 'employee.upserted',
          tenantId,
          aggregateId: snapshot.id,
          aggregateVersion: 1,
          payload: snapshot,
        });
      }
      if (fail) throw new Error('state change failed after the events were written');
    });
  }

  it('writes nothing when the state change rolls back', async () => {
    await expect(appendEmployees(3, true)).rejects.toThrow('state change failed');
    const [{ count }] = await fx.dataSource.query(`select count(*)::int as count from outbox_events`);
    expect(count).toBe(0);
  });

  it('refuses an event whose payload breaks its schema, naming the field', async () => {
    const bad = fx.transactions.run(tenantId, (manager) =>
      writer.append(manager, {
        type: 'employee.upserted',
        tenantId,
        aggregateId: 'x',
        aggregateVersion: 1,
        payload: { ...employee(), email: 'not-an-email' },
      }),
    );
    await expect(bad).rejects.toThrow(/payload\.email/);
  });

  it('publishes every row in order, keyed by aggregate, and marks it sent, across a relay restart', async () => {
    await appendEmployees(45);
    const collector = await collectMessages([fx.connection.topic(Topics.employee)]);
    const first = new OutboxRelay(fx.dataSource, fx.connection, fx.log, { lockKey: 1, batchSize: 10 });
    expect(await first.publishBatch()).toBe(10);
    await first.stop(); // the relay dies after one batch

    const second = new OutboxRelay(fx.dataSource, fx.connection, fx.log, {
      lockKey: 1,
      batchSize: 10,
      idleDelayMs: 50,
    });
    second.start();
    const received = await waitFor(() => collector.messages.length >= 45 && collector.messages, {
      what: '45 messages',
    });
    await second.stop();
    await collector.stop();

    const rows: { event_id: string; message_key: string }[] = await fx.dataSource.query(
      `select event_id, message_key from outbox_events where published_at is not null order by id`,
    );
    expect(rows).toHaveLength(45);
    expect(received.map((m) => JSON.parse(m.value!).eventId).sort()).toEqual(
      rows.map((r) => r.event_id).sort(),
    );
    for (const m of received) {
      expect(m.key).toBe(JSON.parse(m.value!).aggregateId);
      expect(m.headers['x-event-type']).toBe('employee.upserted');
    }
  });

  it('lets only one relay publish at a time', async () => {
    await appendEmployees(5);
    const holder = await fx.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('select pg_advisory_xact_lock(1)');
    const relay = new OutboxRelay(fx.dataSource, fx.connection, fx.log, { lockKey: 1 });
    expect(await relay.publishBatch()).toBe(0);
    await holder.rollbackTransaction();
    await holder.release();
    expect(await relay.publishBatch()).toBe(5);
    await relay.stop();
  });
});
