import { randomUUID } from 'node:crypto';
import { Topics } from '@mentormesh/contracts';
import { TenantTransactions } from '@mentormesh/database';
import { ServiceUnderTest, collectMessages, waitFor } from '@mentormesh/testing';
import { MatchesService } from '../src/matches/matches.service';
import { startMatching } from './matching-app';

describe('matches from program runs: proposed, then approved in bulk through the outbox', () => {
  let matching: ServiceUnderTest;
  let service: MatchesService;
  const tenant = randomUUID();
  const [ada, bob, cyd, dan] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    matching = await startMatching();
    service = matching.app.get(MatchesService);
  });
  afterAll(() => matching.close());

  it('publishes match.proposed per pair and match.accepted per approved match', async () => {
    const collector = await collectMessages([`${matching.topicPrefix}.${Topics.match}`]);
    const runId = randomUUID();
    const proposed = await service.proposeProgramMatches(tenant, runId, [
      { menteeId: ada, mentorId: bob, score: 0.8, format: 'VIDEO_CALL', lengthMinutes: 30 },
      { menteeId: cyd, mentorId: dan, score: 0.6, format: 'IN_PERSON', lengthMinutes: 15 },
    ]);
    expect(proposed.map((m) => m.status)).toEqual(['PROPOSED', 'PROPOSED']);
    const accepted = await service.approveProgramMatches(tenant, runId);
    // One transaction: the same created_at for both, so compare without assuming an order.
    const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
    expect([...accepted].sort(byId).map((m) => [m.id, m.status, m.version])).toEqual(
      [...proposed].sort(byId).map((m) => [m.id, 'ACCEPTED', 2]),
    );
    expect(await service.approveProgramMatches(tenant, runId)).toEqual([]);

    const events = await waitFor(
      () => {
        const mine = collector.messages.filter((m) => proposed.some((p) => p.id === m.key));
        return mine.length === 4
          ? mine.map((m) => JSON.parse(m.value!) as Record<string, unknown>)
          : undefined;
      },
      { what: 'two proposed and two accepted events' },
    );
    await collector.stop();
    const first = events.filter((e) => e.aggregateId === proposed[0].id);
    expect(first.map((e) => [e.type, e.aggregateVersion]).sort()).toEqual([
      ['match.accepted', 2],
      ['match.proposed', 1],
    ]);
    expect(first.find((e) => e.type === 'match.accepted')).toMatchObject({
      tenantId: tenant,
      payload: {
        programRunId: runId,
        requestId: null,
        menteeId: ada,
        mentorId: bob,
        status: 'ACCEPTED',
        score: 0.8,
      },
    });
  });

  it('writes nothing when the caller’s transaction fails after proposing', async () => {
    const runId = randomUUID();
    const transactions = matching.app.get(TenantTransactions);
    await expect(
      transactions.run(tenant, async (manager) => {
        await service.proposeProgramMatches(
          tenant,
          runId,
          [{ menteeId: ada, mentorId: cyd, score: 0.5, format: 'CHAT', lengthMinutes: 5 }],
          manager,
        );
        throw new Error('program run failed');
      }),
    ).rejects.toThrow('program run failed');
    expect(await service.approveProgramMatches(tenant, runId)).toEqual([]);
  });
});
