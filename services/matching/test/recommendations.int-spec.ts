import { randomUUID } from 'node:crypto';
import { ServiceUnderTest, waitFor } from '@mentormesh/testing';
import { startMatching } from './matching-app';

const RECOMMEND = `query($input: MentoringNeedInput!, $first: Int) {
  recommendMentors(input: $input, first: $first) {
    mentors { mentorId rank score summary breakdown { component weight value contribution explanation } }
    understoodSkills { skillId name confidence }
    understoodTopics
  }
}`;
const UPDATE_PROFILE = `mutation($input: UpdateMentorProfileInput!) {
  updateMyMentorProfile(input: $input) { isMentor topics skills { name level } capacityPerWeek availableNow }
}`;

interface Ranked {
  mentorId: string;
  rank: number;
  score: number;
  summary: string;
  breakdown: { component: string; value: number; contribution: number; explanation: string }[];
}
interface Recommended {
  recommendMentors: { mentors: Ranked[]; understoodSkills: { skillId: string; name: string }[] };
}

describe('recommendations follow identity, scheduling and feedback events', () => {
  let matching: ServiceUnderTest;
  const acme = randomUUID();
  const kubernetes = randomUUID();
  const [mia, ann, ben, cal] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const tokens: Record<string, string> = {};

  const recommend = (input: Record<string, unknown>, first = 10, token = tokens[mia]) =>
    matching.graphql<Recommended>(RECOMMEND, { input, first }, token);
  const idsFor = async (input: Record<string, unknown>): Promise<string[]> => {
    const res = await recommend(input);
    expect(res.errors).toBeUndefined();
    return res.data!.recommendMentors.mentors.map((m) => m.mentorId);
  };
  const k8sQuestion = { question: 'How do I debug crashing k8s pods?' };

  beforeAll(async () => {
    matching = await startMatching();
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
    await matching.publishEmployee(acme, { id: mia, displayName: 'Mia', department: 'Sales' });
    await matching.publishEmployee(acme, {
      id: ann,
      displayName: 'Ann',
      department: 'Platform',
      skills: skill(5),
    });
    await matching.publishEmployee(acme, {
      id: ben,
      displayName: 'Ben',
      department: 'Platform',
      skills: skill(3),
    });
    await matching.publishEmployee(acme, { id: cal, displayName: 'Cal', department: 'Design' });
    for (const id of [mia, ann, ben, cal]) tokens[id] = await matching.tokenFor(acme, id);
    const optIn = async (id: string, input: Record<string, unknown>) =>
      waitFor(
        async () => {
          const res = await matching.graphql(
            UPDATE_PROFILE,
            { input: { isMentor: true, ...input } },
            tokens[id],
          );
          return res.errors ? undefined : res;
        },
        { what: `profile of ${id} saved once the employee is known` },
      );
    await optIn(mia, { topics: ['sales'] });
    await optIn(ann, { capacityPerWeek: 1, topics: ['cloud'] });
    await optIn(ben, { capacityPerWeek: 5 });
    await optIn(cal, { bio: 'I design dashboards', topics: ['design systems'] });
  });
  afterAll(() => matching.close());

  it('ranks mentors for a free-text question with explanations, never the asker', async () => {
    const res = await recommend(k8sQuestion);
    expect(res.errors).toBeUndefined();
    const { mentors, understoodSkills } = res.data!.recommendMentors;
    expect(understoodSkills).toEqual([expect.objectContaining({ skillId: kubernetes, name: 'Kubernetes' })]);
    expect(mentors.map((m) => m.mentorId).slice(0, 2)).toEqual([ann, ben]);
    expect(mentors.map((m) => m.mentorId)).not.toContain(mia);
    const best = mentors[0];
    const sum = best.breakdown.reduce((total, b) => total + b.contribution, 0);
    expect(sum).toBeCloseTo(best.score, 9);
    expect(best.breakdown.find((b) => b.component === 'skill')!.explanation).toMatch(/Kubernetes/);
    expect(best.summary).toMatch(/Kubernetes/);
  });

  it('asks now only among mentors free in the next half hour (summary or live switch)', async () => {
    expect(await idsFor({ ...k8sQuestion, mode: 'ASK_NOW', lengthMinutes: 15 })).toEqual([]);
    const now = Date.now();
    await matching.publish({
      type: 'availability.summary_published',
      tenantId: acme,
      aggregateId: ben,
      aggregateVersion: 1,
      payload: {
        employeeId: ben,
        timeZone: 'Europe/Berlin',
        generatedAt: new Date(now).toISOString(),
        nextFreeAt: new Date(now + 10 * 60_000).toISOString(),
        lengthsOffered: [15, 30],
        days: [],
      },
    });
    await waitFor(
      async () => {
        const ids = await idsFor({ ...k8sQuestion, mode: 'ASK_NOW', lengthMinutes: 15 });
        return ids.length === 1 && ids[0] === ben ? ids : undefined;
      },
      { what: 'Ben free within 30 minutes' },
    );
    await matching.graphql(UPDATE_PROFILE, { input: { availableNow: true } }, tokens[cal]);
    expect(await idsFor({ ...k8sQuestion, mode: 'ASK_NOW', lengthMinutes: 15 })).toEqual([ben, cal]);
  });

  it('drops a mentor whose booked sessions fill the weekly capacity', async () => {
    const startsAt = new Date(Date.now() + 60_000);
    const session = randomUUID();
    await matching.publish({
      type: 'session.booked',
      tenantId: acme,
      aggregateId: session,
      aggregateVersion: 1,
      payload: {
        id: session,
        status: 'confirmed',
        format: 'VIDEO_CALL',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(),
        createdBy: cal,
        participants: [
          { employeeId: ann, role: 'mentor' },
          { employeeId: cal, role: 'mentee' },
        ],
      },
    });
    await waitFor(async () => ((await idsFor(k8sQuestion)).includes(ann) ? undefined : true), {
      what: 'Ann over capacity',
    });
    expect((await idsFor(k8sQuestion))[0]).toBe(ben);
  });

  it('raises quality with good ratings (Bayesian average)', async () => {
    const quality = async () =>
      (await recommend(k8sQuestion))
        .data!.recommendMentors.mentors.find((m) => m.mentorId === ben)!
        .breakdown.find((b) => b.component === 'quality')!.value;
    expect(await quality()).toBeCloseTo(0.5, 9);
    for (let i = 0; i < 3; i++) {
      const id = randomUUID();
      await matching.publish({
        type: 'feedback.submitted',
        tenantId: acme,
        aggregateId: id,
        aggregateVersion: 1,
        payload: { id, sessionId: randomUUID(), authorId: mia, subjectId: ben, rating: 5, hasComment: false },
      });
    }
    // (5 × 3.5 + 3 × 5) / 8 = 4.0625 → (4.0625 − 1) / 4
    await waitFor(async () => (Math.abs((await quality()) - 0.765625) < 1e-9 ? true : undefined), {
      what: 'three ratings counted',
    });
  });

  it.each([
    ['first out of range', 'first', {}, 0],
    ['an unknown skill', 'skills.0.skillId', { skills: [{ skillId: randomUUID() }] }, 5],
    ['a window in the past', 'windowEnd', { windowEnd: new Date(Date.now() - 3_600_000).toISOString() }, 5],
    ['asking now for an hour', 'lengthMinutes', { mode: 'ASK_NOW', lengthMinutes: 60 }, 5],
    ['a level of 9', 'skills.0.minLevel', { skills: [{ skillId: kubernetes, minLevel: 9 }] }, 5],
  ])('rejects %s, naming the field %s', async (_case, field, input, first) => {
    const res = await recommend({ ...k8sQuestion, ...input }, first);
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it("never shows another tenant's mentors", async () => {
    const globex = randomUUID();
    const eve = await matching.publishEmployee(globex, { displayName: 'Eve' });
    const token = await matching.tokenFor(globex, eve);
    const res = await waitFor(
      async () => {
        const attempt = await recommend(k8sQuestion, 10, token);
        return attempt.errors ? undefined : attempt;
      },
      { what: 'Eve known' },
    );
    expect(res.data!.recommendMentors.mentors).toEqual([]);
  });

  it('forgets an erased mentor everywhere', async () => {
    await matching.publishErased(acme, ben);
    await waitFor(async () => ((await idsFor(k8sQuestion)).includes(ben) ? undefined : true), {
      what: 'Ben gone from results',
    });
    const profile = await matching.graphql<{ myMentorProfile: unknown }>(
      '{ myMentorProfile { isMentor } }',
      {},
      tokens[ben],
    );
    expect(profile.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
