import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { ServiceUnderTest, collectMessages, waitFor } from '@mentormesh/testing';
import { startMatching } from './matching-app';

const UPDATE = `mutation($input: UpdateMentorProfileInput!) {
  updateMyMentorProfile(input: $input) { isMentor capacityPerWeek formats sessionLengths topics vettingStatus skills { name level } }
}`;
const VET = `mutation($id: ID!, $status: VettingStatus!) { setMentorVetting(employeeId: $id, status: $status) { vettingStatus } }`;
const SETTINGS = `mutation($input: UpdateMatchingSettingsInput!) {
  updateMatchingSettings(input: $input) { requiresVetting weights { skill load } }
}`;
const WEIGHTS = `mutation($w: MatchingWeightsInput!) { setMatchingWeights(weights: $w) { weights { skill quality } } }`;
const RECOMMEND = `query { recommendMentors(input: { topics: ["cloud"] }) { mentors { mentorId } } }`;

describe('mentor profiles, vetting and matching settings', () => {
  let matching: ServiceUnderTest;
  const acme = randomUUID();
  const skill = randomUUID();
  const [ann, mia, lead, admin] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const token: Record<string, string> = {};

  beforeAll(async () => {
    matching = await startMatching();
    const skills = [{ skillId: skill, name: 'Terraform', level: 2, source: 'HR' as const }];
    await matching.publishEmployee(acme, { id: ann, skills });
    for (const id of [mia, lead, admin]) await matching.publishEmployee(acme, { id });
    token[ann] = await matching.tokenFor(acme, ann);
    token[mia] = await matching.tokenFor(acme, mia);
    token[lead] = await matching.tokenFor(acme, lead, ['LD_MANAGER']);
    token[admin] = await matching.tokenFor(acme, admin, ['ORG_ADMIN']);
    await waitFor(
      async () =>
        (await matching.graphql('{ myMentorProfile { isMentor } }', {}, token[mia])).errors
          ? undefined
          : true,
      { what: 'employees known' },
    );
  });
  afterAll(() => matching.close());

  it('saves the own profile (declared expertise merged with HR skills) and publishes mentor_profile.upserted', async () => {
    const collector = await collectMessages([`${matching.topicPrefix}.${Topics.mentorProfile}`]);
    const res = await matching.graphql<{ updateMyMentorProfile: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          isMentor: true,
          topics: [' Cloud '],
          formats: ['CHAT', 'VIDEO_CALL'],
          sessionLengths: [30, 15, 15],
          expertise: [{ skillId: skill, level: 4 }],
        },
      },
      token[ann],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMyMentorProfile).toEqual({
      isMentor: true,
      capacityPerWeek: 2,
      formats: ['CHAT', 'VIDEO_CALL'],
      sessionLengths: [15, 30],
      topics: ['cloud'],
      vettingStatus: 'PENDING',
      skills: [{ name: 'Terraform', level: 4 }],
    });
    const event = await waitFor(() => collector.messages.find((m) => m.key === ann), {
      what: 'mentor_profile.upserted',
    });
    await collector.stop();
    expect(JSON.parse(event.value!)).toMatchObject({
      type: 'mentor_profile.upserted',
      payload: {
        employeeId: ann,
        isMentor: true,
        paused: false,
        formats: ['CHAT', 'VIDEO_CALL'],
        sessionsPerWeek: 2,
      },
    });
  });

  it.each([
    ['a negative capacity', 'capacityPerWeek', { capacityPerWeek: -1 }],
    ['a 90-minute session', 'sessionLengths', { sessionLengths: [90] }],
    ['an unknown skill', 'expertise.0.skillId', { expertise: [{ skillId: randomUUID(), level: 3 }] }],
    ['a level of 6', 'expertise.0.level', { expertise: [{ skillId: skill, level: 6 }] }],
  ])('rejects %s naming %s', async (_case, field, input) => {
    const res = await matching.graphql(UPDATE, { input }, token[ann]);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('hides unvetted mentors once the organization requires vetting; L&D vets them', async () => {
    const mentors = async () =>
      (
        await matching.graphql<{ recommendMentors: { mentors: { mentorId: string }[] } }>(
          RECOMMEND,
          {},
          token[mia],
        )
      ).data!.recommendMentors.mentors.map((m) => m.mentorId);
    expect(await mentors()).toEqual([ann]);
    const forbidden = await matching.graphql(SETTINGS, { input: { requiresVetting: true } }, token[lead]);
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
    const saved = await matching.graphql(SETTINGS, { input: { requiresVetting: true } }, token[admin]);
    expect(saved.errors).toBeUndefined();
    expect(await mentors()).toEqual([]);
    const byEmployee = await matching.graphql(VET, { id: ann, status: 'VETTED' }, token[mia]);
    expect(byEmployee.errors![0].extensions!.code).toBe('FORBIDDEN');
    const vetted = await matching.graphql(VET, { id: ann, status: 'VETTED' }, token[lead]);
    expect(vetted.data).toEqual({ setMentorVetting: { vettingStatus: 'VETTED' } });
    expect(await mentors()).toEqual([ann]);
  });

  it('lets an org admin tune weights and names a bad one', async () => {
    const res = await matching.graphql(WEIGHTS, { w: { skill: 2, quality: 0 } }, token[admin]);
    expect(res.data).toEqual({ setMatchingWeights: { weights: { skill: 2, quality: 0 } } });
    const bad = await matching.graphql(WEIGHTS, { w: { skill: 500 } }, token[admin]);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skill' });
    const employee = await matching.graphql(WEIGHTS, { w: { skill: 1 } }, token[mia]);
    expect(employee.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('keeps profiles, settings, requests and matches behind row-level security', async () => {
    const client = new Client({ connectionString: matching.database.appUrl });
    await client.connect();
    try {
      for (const table of [
        'mentor_profiles',
        'matching_settings',
        'mentoring_requests',
        'matches',
        'session_load',
      ]) {
        expect((await client.query(`select * from ${table}`)).rowCount).toBe(0);
      }
    } finally {
      await client.end();
    }
  });
});
