import { randomUUID } from 'node:crypto';
import { Topics } from '@mentormesh/contracts';
import { ServiceUnderTest, collectMessages, waitFor } from '@mentormesh/testing';
import { MatchExpirySweeper } from '../src/requests/match-expiry.sweeper';
import { startMatching } from './matching-app';

const MATCH_FIELDS = 'id status mentorId menteeId reason respondBy score breakdown { component explanation }';
const CREATE = `mutation($input: CreateMentoringRequestInput!) {
  createMentoringRequest(input: $input) { id status perspectives matches { ${MATCH_FIELDS} } }
}`;
const MY_REQUESTS = `{ myRequests { edges { node { id status matches { ${MATCH_FIELDS} } } } } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineMatch(matchId: $id, reason: $reason) { ${MATCH_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptMatch(matchId: $id) { ${MATCH_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawRequest(requestId: $id) { status matches { status } } }`;
const MY_MATCHES = `query($as: MatchSide) { myMatches(as: $as) { edges { node { id status question mentee { id } } } } }`;

interface Match {
  id: string;
  status: string;
  mentorId: string;
  reason: string | null;
  respondBy: string | null;
}
interface Request {
  id: string;
  status: string;
  matches: Match[];
}

describe('mentoring requests: proposals, answers, expiry that moves on, withdrawal', () => {
  let matching: ServiceUnderTest;
  let sweeper: MatchExpirySweeper;
  const acme = randomUUID();
  const kubernetes = randomUUID();
  const [mia, ann, ben, cal] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const token: Record<string, string> = {};
  const question = { question: 'Our k8s pods keep crashing, how do I debug them?' };

  const create = (input: Record<string, unknown>) =>
    matching.graphql<{ createMentoringRequest: Request }>(
      CREATE,
      { input: { ...question, ...input } },
      token[mia],
    );
  const requestsOfMia = async (): Promise<Request[]> =>
    (
      await matching.graphql<{ myRequests: { edges: { node: Request }[] } }>(MY_REQUESTS, {}, token[mia])
    ).data!.myRequests.edges.map((e) => e.node);
  const requestById = async (id: string): Promise<Request> =>
    (await requestsOfMia()).find((r) => r.id === id)!;

  beforeAll(async () => {
    matching = await startMatching();
    sweeper = matching.app.get(MatchExpirySweeper);
    await matching.publish({
      type: 'skill_catalog.skill_upserted',
      tenantId: acme,
      aggregateId: kubernetes,
      aggregateVersion: 1,
      payload: {
        id: kubernetes,
        name: 'Kubernetes',
        aliases: ['k8s'],
        category: null,
        parentId: null,
        related: [],
      },
    });
    const skill = (level: number) => [
      { skillId: kubernetes, name: 'Kubernetes', level, source: 'HR' as const },
    ];
    await matching.publishEmployee(acme, { id: mia, department: 'Sales' });
    for (const [id, level] of [
      [ann, 5],
      [ben, 4],
      [cal, 3],
    ] as const)
      await matching.publishEmployee(acme, { id, department: 'Platform', skills: skill(level) });
    for (const id of [mia, ann, ben, cal]) token[id] = await matching.tokenFor(acme, id);
    for (const id of [ann, ben, cal]) {
      await waitFor(
        async () => {
          const res = await matching.graphql(
            'mutation { updateMyMentorProfile(input: { isMentor: true, capacityPerWeek: 10 }) { isMentor } }',
            {},
            token[id],
          );
          return res.errors ? undefined : res;
        },
        { what: 'mentor known and opted in' },
      );
    }
    await waitFor(
      async () =>
        (await matching.graphql('{ myMentorProfile { isMentor } }', {}, token[mia])).errors
          ? undefined
          : true,
      {
        what: 'mentee known',
      },
    );
  });
  afterAll(() => matching.close());

  let requestId: string;

  it('proposes the best mentor with a deadline and publishes match.proposed', async () => {
    const collector = await collectMessages([`${matching.topicPrefix}.${Topics.match}`]);
    const res = await create({});
    expect(res.errors).toBeUndefined();
    const request = res.data!.createMentoringRequest;
    requestId = request.id;
    expect(request.matches).toHaveLength(1);
    const [match] = request.matches;
    expect(match).toMatchObject({ status: 'PROPOSED', mentorId: ann });
    expect(Date.parse(match.respondBy!)).toBeGreaterThan(Date.now() + 47 * 3_600_000);
    const event = await waitFor(() => collector.messages.find((m) => m.key === match.id), {
      what: 'match.proposed',
    });
    await collector.stop();
    expect(JSON.parse(event.value!)).toMatchObject({
      type: 'match.proposed',
      payload: { requestId, menteeId: mia, mentorId: ann, status: 'PROPOSED' },
    });
  });

  it('moves on to the next best mentor when the mentor declines', async () => {
    const annMatch = (await requestById(requestId)).matches[0];
    const res = await matching.graphql<{ declineMatch: Match }>(
      DECLINE,
      { id: annMatch.id, reason: 'travelling' },
      token[ann],
    );
    expect(res.data!.declineMatch).toMatchObject({ status: 'DECLINED', reason: 'travelling' });
    const matches = (await requestById(requestId)).matches;
    expect(matches.map((m) => [m.mentorId, m.status])).toEqual([
      [ann, 'DECLINED'],
      [ben, 'PROPOSED'],
    ]);
  });

  it('expires an unanswered proposal and proposes the next mentor by itself', async () => {
    const collector = await collectMessages([`${matching.topicPrefix}.${Topics.match}`]);
    const later = Date.now() + 3 * 86_400_000;
    expect(await sweeper.sweepOnce(later)).toBe(1);
    const matches = (await requestById(requestId)).matches;
    expect(matches.map((m) => [m.mentorId, m.status, m.reason])).toEqual([
      [ann, 'DECLINED', 'travelling'],
      [ben, 'EXPIRED', 'no_answer'],
      [cal, 'PROPOSED', null],
    ]);
    await waitFor(
      () => collector.messages.find((m) => m.key === matches[1].id && m.value!.includes('match.expired')),
      {
        what: 'match.expired',
      },
    );
    await collector.stop();
    expect(await sweeper.sweepOnce(later)).toBe(0);
  });

  it('lets only the proposed mentor accept, and shows the match and question to them', async () => {
    const calMatch = (await requestById(requestId)).matches[2];
    const wrong = await matching.graphql(ACCEPT, { id: calMatch.id }, token[ann]);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const res = await matching.graphql<{ acceptMatch: Match }>(ACCEPT, { id: calMatch.id }, token[cal]);
    expect(res.data!.acceptMatch.status).toBe('ACCEPTED');
    const again = await matching.graphql(ACCEPT, { id: calMatch.id }, token[cal]);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    const mine = await matching.graphql<{
      myMatches: { edges: { node: { id: string; question: string } }[] };
    }>(MY_MATCHES, { as: 'MENTOR' }, token[cal]);
    expect(mine.data!.myMatches.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        id: calMatch.id,
        status: 'ACCEPTED',
        question: question.question,
        mentee: { id: mia },
      }),
    ]);
  });

  it('sweeps safely with two instances at once: each overdue proposal expires exactly once', async () => {
    const res = await create({ perspectives: 1 });
    const id = res.data!.createMentoringRequest.id;
    expect(res.data!.createMentoringRequest.matches.map((m) => m.mentorId)).toEqual([ben]);
    const later = Date.now() + 3 * 86_400_000;
    const counts = await Promise.all([sweeper.sweepOnce(later), sweeper.sweepOnce(later)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const statuses = (await requestById(id)).matches.map((m) => [m.mentorId, m.status]);
    expect(statuses).toEqual([
      [ben, 'EXPIRED'],
      [cal, 'PROPOSED'],
    ]);
  });

  it('asks several perspectives, never a declined pair, and withdraws them all', async () => {
    const res = await create({ perspectives: 3 });
    const request = res.data!.createMentoringRequest;
    expect(request.matches.map((m) => m.mentorId).sort()).toEqual([ben, cal].sort());
    const withdrawn = await matching.graphql<{
      withdrawRequest: { status: string; matches: { status: string }[] };
    }>(WITHDRAW, { id: request.id }, token[mia]);
    expect(withdrawn.data!.withdrawRequest).toEqual({
      status: 'WITHDRAWN',
      matches: [{ status: 'WITHDRAWN' }, { status: 'WITHDRAWN' }],
    });
    const foreign = await matching.graphql(WITHDRAW, { id: request.id }, token[ben]);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['a window in the past', 'windowEnd', { windowEnd: new Date(Date.now() - 60_000).toISOString() }],
    ['six perspectives', 'perspectives', { perspectives: 6 }],
    ['an unknown skill', 'skills.0.skillId', { skills: [{ skillId: randomUUID() }] }],
  ])('rejects %s naming %s, keeping nothing', async (_case, field, input) => {
    const before = (await requestsOfMia()).length;
    const res = await create(input);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await requestsOfMia()).toHaveLength(before);
  });

  it('forgets an erased mentee: their requests and matches disappear for the mentor too', async () => {
    await matching.publishErased(acme, mia);
    await waitFor(
      async () => {
        const res = await matching.graphql<{ myMatches: { edges: unknown[] } }>(
          MY_MATCHES,
          { as: 'MENTOR' },
          token[cal],
        );
        return res.data!.myMatches.edges.length === 0 ? true : undefined;
      },
      { what: "Mia's matches gone" },
    );
  });
});
