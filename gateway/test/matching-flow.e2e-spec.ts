import { randomUUID } from 'node:crypto';
import { waitFor } from '@mentormesh/testing';
import { Stack, startStack } from './stack';

const CREATE_EMPLOYEE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;
const CREATE_SKILL = `mutation($input: SkillInput!) { createSkill(input: $input) { id } }`;
const OPT_IN = `mutation($input: UpdateMentorProfileInput!) { updateMyMentorProfile(input: $input) { isMentor } }`;
const RECOMMEND = `query($input: MentoringNeedInput!) {
  recommendMentors(input: $input, first: 5) {
    understoodSkills { name }
    mentors { rank score summary mentor { id displayName } breakdown { component value contribution explanation } }
  }
}`;
const ASK = `mutation($input: CreateMentoringRequestInput!) {
  createMentoringRequest(input: $input) { id matches { id status mentor { id displayName } } }
}`;
const ACCEPT = `mutation($id: ID!) { acceptMatch(matchId: $id) { id status } }`;
const MY_MATCHES = `{ myMatches(as: MENTEE) { edges { node { id status mentor { displayName } question } } } }`;

interface Recommended {
  recommendMentors: {
    understoodSkills: { name: string }[];
    mentors: {
      rank: number;
      score: number;
      summary: string;
      mentor: { id: string; displayName: string };
      breakdown: { component: string; contribution: number; explanation: string }[];
    }[];
  };
}

/** An employee asks a question in free text; the best mentor is proposed and accepts, all via the gateway. */
describe('asking for help, end to end through the gateway', () => {
  let stack: Stack;
  const slug = `ask-${randomUUID().slice(0, 6)}`;
  let adminToken: string;

  beforeAll(async () => {
    stack = await startStack(['identity', 'matching']);
    ({ adminToken } = await stack.createTenant(slug));
  });
  afterAll(() => stack?.close());

  const person = async (name: string, department: string): Promise<{ id: string; token: string }> => {
    const email = `${name.toLowerCase()}@${slug}.example`;
    const res = await stack.query<{ createEmployee: { id: string } }>(
      CREATE_EMPLOYEE,
      { input: { email, displayName: name, timeZone: 'Europe/Berlin', department } },
      adminToken,
    );
    expect(res.errors).toBeUndefined();
    return { id: res.data!.createEmployee.id, token: await stack.login(slug, email) };
  };
  const optIn = (token: string, input: Record<string, unknown>) =>
    waitFor(
      async () => {
        const res = await stack.query(OPT_IN, { input: { isMentor: true, ...input } }, token);
        return res.errors ? undefined : res;
      },
      { what: 'matching knows the employee and the skill', timeoutMs: 30_000 },
    );

  it('recommends explained mentors for a free-text question, proposes the best, who accepts', async () => {
    const skill = await stack.query<{ createSkill: { id: string } }>(
      CREATE_SKILL,
      { input: { name: 'Kubernetes', aliases: ['k8s'] } },
      adminToken,
    );
    expect(skill.errors).toBeUndefined();
    const kubernetes = skill.data!.createSkill.id;
    const [mia, ada, bob] = [
      await person('Mia', 'Sales'),
      await person('Ada', 'Platform'),
      await person('Bob', 'Platform'),
    ];
    await optIn(ada.token, { expertise: [{ skillId: kubernetes, level: 5 }], bio: 'I run our clusters' });
    await optIn(bob.token, { expertise: [{ skillId: kubernetes, level: 2 }] });

    const question = 'My k8s pods keep restarting, how do I find out why?';
    const recommended = await waitFor(
      async () => {
        const res = await stack.query<Recommended>(RECOMMEND, { input: { question } }, mia.token);
        return res.data?.recommendMentors.mentors.length === 2 ? res.data.recommendMentors : undefined;
      },
      { what: 'both mentors recommendable', timeoutMs: 30_000 },
    );
    expect(recommended.understoodSkills).toEqual([{ name: 'Kubernetes' }]);
    expect(recommended.mentors.map((m) => [m.rank, m.mentor.displayName])).toEqual([
      [1, 'Ada'],
      [2, 'Bob'],
    ]);
    const [best] = recommended.mentors;
    expect(best.score).toBeGreaterThan(recommended.mentors[1].score);
    expect(best.breakdown.find((b) => b.component === 'skill')!.explanation).toMatch(/Kubernetes/);
    expect(best.breakdown.reduce((sum, b) => sum + b.contribution, 0)).toBeCloseTo(best.score, 9);
    expect(best.summary).not.toBe('');

    const asked = await stack.query<{
      createMentoringRequest: { matches: { id: string; status: string; mentor: { id: string } }[] };
    }>(ASK, { input: { question } }, mia.token);
    expect(asked.errors).toBeUndefined();
    const [proposal] = asked.data!.createMentoringRequest.matches;
    expect(proposal).toMatchObject({ status: 'PROPOSED', mentor: { id: ada.id } });

    const refused = await stack.query(ACCEPT, { id: proposal.id }, bob.token);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const accepted = await stack.query<{ acceptMatch: { status: string } }>(
      ACCEPT,
      { id: proposal.id },
      ada.token,
    );
    expect(accepted.data!.acceptMatch.status).toBe('ACCEPTED');

    const mine = await stack.query<{ myMatches: { edges: { node: Record<string, unknown> }[] } }>(
      MY_MATCHES,
      {},
      mia.token,
    );
    expect(mine.data!.myMatches.edges.map((e) => e.node)).toEqual([
      { id: proposal.id, status: 'ACCEPTED', mentor: { displayName: 'Ada' }, question },
    ]);
  });
});
