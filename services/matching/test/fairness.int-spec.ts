import { randomUUID } from 'node:crypto';
import { ServiceUnderTest, waitFor } from '@mentormesh/testing';
import { startMatching } from './matching-app';

const ASK = `mutation($input: CreateMentoringRequestInput!) {
  createMentoringRequest(input: $input) { matches { mentorId } }
}`;

describe('fairness at the service level', () => {
  let matching: ServiceUnderTest;
  const acme = randomUUID();
  const kubernetes = randomUUID();
  const mentors = Array.from({ length: 5 }, () => randomUUID());
  const mentees = Array.from({ length: 10 }, () => randomUUID());

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
        aliases: [],
        category: null,
        parentId: null,
        related: [],
      },
    });
    const skills = [{ skillId: kubernetes, name: 'Kubernetes', level: 4, source: 'HR' as const }];
    for (const id of mentors) await matching.publishEmployee(acme, { id, department: 'Platform', skills });
    for (const id of mentees) await matching.publishEmployee(acme, { id, department: 'Sales' });
    for (const id of mentors) {
      const token = await matching.tokenFor(acme, id);
      await waitFor(
        async () => {
          const res = await matching.graphql(
            'mutation { updateMyMentorProfile(input: { isMentor: true, capacityPerWeek: 4, maxOpenMentees: 4 }) { isMentor } }',
            {},
            token,
          );
          return res.errors ? undefined : res;
        },
        { what: 'mentor opted in' },
      );
    }
  });
  afterAll(() => matching.close());

  it('spreads many requests across equally qualified mentors instead of flooding one', async () => {
    const proposals = new Map<string, number>();
    for (const mentee of mentees) {
      const token = await matching.tokenFor(acme, mentee);
      const res = await waitFor(
        async () => {
          const attempt = await matching.graphql<{
            createMentoringRequest: { matches: { mentorId: string }[] };
          }>(ASK, { input: { skills: [{ skillId: kubernetes }] } }, token);
          return attempt.errors ? undefined : attempt;
        },
        { what: 'mentee known' },
      );
      const [match] = res.data!.createMentoringRequest.matches;
      proposals.set(match.mentorId, (proposals.get(match.mentorId) ?? 0) + 1);
    }
    expect([...proposals.keys()].sort()).toEqual([...mentors].sort());
    expect([...proposals.values()]).toEqual([2, 2, 2, 2, 2]);
  });
});
