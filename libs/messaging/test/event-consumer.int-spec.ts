import { randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { Topics, buildEvent } from '@mentormesh/contracts';
import { collectMessages, testKafka, waitFor } from '@mentormesh/testing';
import { EventConsumer, EventHandler, KafkaConnection, PermanentHandlerError } from '../src';
import { MessagingFixture, createMessagingFixture, employee, recordSeen } from './messaging-fixture';

describe('event consumer with inbox and dead-letter topic', () => {
  let fx: MessagingFixture;
  let producer: Producer;
  let connection: KafkaConnection;
  const tenantId = randomUUID();
  const consumers: EventConsumer[] = [];

  beforeAll(async () => {
    fx = await createMessagingFixture('consumer');
    producer = testKafka().producer();
    await producer.connect();
  });
  beforeEach(async () => {
    connection = fx.freshConnection('consumer');
    await connection.ensureTopics([Topics.employee]);
  });
  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.stop()));
    await producer.disconnect();
    await fx.close();
  });

  function startConsumer(name: string, handler: EventHandler = recordSeen): Promise<EventConsumer> {
    const consumer = new EventConsumer(connection, fx.transactions, fx.log, {
      name,
      topics: [Topics.employee],
      handlers: { 'employee.upserted': handler },
      maxAttempts: 3,
      initialBackoffMs: 20,
    });
    consumers.push(consumer);
    return consumer.start().then(() => consumer);
  }

  function send(value: string, key = 'k'): Promise<unknown> {
    return producer.send({ topic: connection.topic(Topics.employee), messages: [{ key, value }] });
  }

  function upserted(snapshot = employee()): string {
    return JSON.stringify(
      buildEvent({
        type: 'employee.upserted',
        tenantId,
        aggregateId: snapshot.id,
        aggregateVersion: 1,
        payload: snapshot,
      }),
    );
  }

  async function timesApplied(id: string): Promise<number | undefined> {
    const rows: { times_applied: number }[] = await fx.transactions.run(tenantId, (m) =>
      m.query('select times_applied from seen_employees where id = $1', [id]),
    );
    return rows[0]?.times_applied;
  }

  it('applies a redelivered event once, dead-letters a malformed one with its reason, and moves on', async () => {
    const dlq = await collectMessages([connection.deadLetter(Topics.employee)]);
    await startConsumer('test.dedupe');
    const snapshot = employee();
    const event = upserted(snapshot);
    await send(event, snapshot.id);
    await send('{"this is": "not an envelope"');
    await send(JSON.stringify({ ...JSON.parse(event), eventId: randomUUID(), payload: { id: 'nope' } }));
    await send(event, snapshot.id); // the same event again, as after a relay crash
    const after = employee();
    await send(upserted(after), after.id);

    await waitFor(() => timesApplied(after.id), { what: 'the event after the bad ones' });
    expect(await timesApplied(snapshot.id)).toBe(1);
    const dead = await waitFor(() => dlq.messages.length >= 2 && dlq.messages, { what: 'two dead letters' });
    await dlq.stop();
    expect(dead.map((m) => m.headers['x-dlq-reason'])).toEqual([
      'message is not valid JSON',
      expect.stringContaining('payload.id: Invalid uuid'),
    ]);
    expect(dead[0].headers['x-original-topic']).toBe(connection.topic(Topics.employee));
  });

  it('retries a failing handler with backoff, then parks the message and keeps consuming', async () => {
    const dlq = await collectMessages([connection.deadLetter(Topics.employee)]);
    const poisoned = employee({ displayName: 'poison' });
    let attempts = 0;
    let flaky = 0;
    const flakyOnce = employee({ displayName: 'flaky' });
    await startConsumer('test.retries', async (event, manager) => {
      const name = (event.payload as { displayName: string }).displayName;
      if (name === 'poison') {
        attempts += 1;
        throw new Error('downstream rule exploded');
      }
      if (name === 'flaky' && flaky++ === 0) throw new Error('transient');
      if (name === 'permanent') throw new PermanentHandlerError('cannot ever apply');
      await recordSeen(event, manager);
    });
    // One key, so one partition: the order of the dead letters and "keeps consuming after parking"
    // are both about the same partition (across partitions Kafka promises no order).
    const key = randomUUID();
    await send(upserted(poisoned), key);
    await send(upserted(flakyOnce), key);
    await send(upserted(employee({ displayName: 'permanent' })), key);
    const last = employee();
    await send(upserted(last), key);

    await waitFor(() => timesApplied(last.id), { what: 'the message after the poisoned one' });
    expect(attempts).toBe(3);
    expect(await timesApplied(flakyOnce.id)).toBe(1);
    const dead = await waitFor(
      () =>
        dlq.messages.filter((m) => m.headers['x-dlq-consumer'] === 'test.retries').length >= 2 &&
        dlq.messages,
      { what: 'dead letters of the retry consumer' },
    );
    await dlq.stop();
    const reasons = dead
      .filter((m) => m.headers['x-dlq-consumer'] === 'test.retries')
      .map((m) => m.headers['x-dlq-reason']);
    expect(reasons).toEqual(['downstream rule exploded', 'cannot ever apply']);
  });

  it('shares partitions in a group and applies every event exactly once across a rebalance', async () => {
    const ids = Array.from({ length: 60 }, () => employee());
    const first = await startConsumer('test.group');
    for (const snapshot of ids.slice(0, 30)) await send(upserted(snapshot), snapshot.id);
    const second = await startConsumer('test.group'); // joining triggers a rebalance mid-stream
    for (const snapshot of ids.slice(30)) await send(upserted(snapshot), snapshot.id);

    await waitFor(async () => (await Promise.all(ids.map((s) => timesApplied(s.id)))).every((n) => n === 1), {
      what: 'all 60 applied',
      timeoutMs: 40_000,
    });
    const counts = await Promise.all(ids.map((s) => timesApplied(s.id)));
    expect(counts.every((n) => n === 1)).toBe(true);
    expect(first.stats.processed + second.stats.processed).toBeGreaterThanOrEqual(60);
  });
});
