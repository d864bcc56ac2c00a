import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { ProgramTestApp, startProgramTestApp } from './program-test-app';

const START = `mutation($input: StartCohortRunInput!) { startCohortRun(input: $input) { id status progress } }`;
const RERUN = `mutation($input: RerunCohortRunInput!) { rerunCohortRun(input: $input) { id status } }`;
const RUN = `query($id: ID!) { cohortRun(id: $id) {
  id status progress phase error { reason field message } approvedAt
  result { placedCount totalScore greedyPlacedCount greedyTotalScore eligiblePairs
    assignments { menteeId mentorId score isPinned choiceRank eligibleMentorCount explanation reasons }
    unplaced { menteeId reason explanation exclusions { reason count } } } } }`;
const APPROVE = `mutation($id: ID!) { approveCohortRun(id: $id) { matchIds run { id approvedAt } } }`;

interface Assignment {
  menteeId: string;
  mentorId: string;
  score: number;
  isPinned: boolean;
  explanation: string;
  reasons: string[];
}
interface Run {
  id: string;
  status: string;
  progress: number;
  error: { reason: string; field: string | null } | null;
  result: {
    placedCount: number;
    totalScore: number;
    greedyTotalScore: number;
    assignments: Assignment[];
    unplaced: {
      menteeId: string;
      reason: string;
      explanation: string;
      exclusions: { reason: string; count: number }[];
    }[];
  } | null;
}
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

describe('cohort runs: optimal program assignment as a durable job', () => {
  let app: ProgramTestApp;
  const acme = randomUUID();
  const globex = randomUUID();
  const kubernetes = randomUUID();
  const manager = randomUUID();
  let managerToken: string;
  let mentors: string[];
  let mentees: string[];
  let teamLead: string;
  let loner: string;

  beforeAll(async () => {
    app = await startProgramTestApp();
    const skill = (level: number) => [
      { skillId: kubernetes, name: 'Kubernetes', level, source: 'HR' as const },
    ];
    mentors = await app.seedEmployees(acme, [
      { displayName: 'Kube expert', department: 'Platform', skills: skill(5) },
      { displayName: 'Kube user', department: 'Sales', skills: skill(2) },
      { displayName: 'Generalist', department: 'Finance' },
    ]);
    [teamLead] = mentors;
    mentees = await app.seedEmployees(acme, [
      { displayName: 'Mentee A', department: 'Sales' },
      { displayName: 'Mentee B', department: 'Finance' },
      { displayName: 'Mentee C', department: 'Platform', managerId: teamLead },
    ]);
    [loner] = await app.seedEmployees(acme, [{ displayName: 'Reports to expert', managerId: teamLead }]);
    managerToken = await app.tokenFor(acme, manager, ['LD_MANAGER']);
  });
  afterAll(() => app.close());

  const start = async (input: Record<string, unknown>, token = managerToken) => {
    const res = await app.graphql<{ startCohortRun: Run }>(START, { input }, token);
    return { run: res.data?.startCohortRun, errors: res.errors as Errors };
  };
  const runOf = async (id: string, token = managerToken) =>
    app.graphql<{ cohortRun: Run }>(RUN, { id }, token);
  const finished = (id: string) =>
    waitFor(
      async () => {
        const run = (await runOf(id)).data?.cohortRun;
        return run && (run.status === 'SUCCEEDED' || run.status === 'FAILED') ? run : undefined;
      },
      { what: `cohort run ${id} finished` },
    );
  const cohort = () => ({
    name: 'Kubernetes cohort',
    menteeIds: mentees,
    mentors: mentors.map((mentorId) => ({ mentorId, capacity: 1 })),
    focusSkillIds: [kubernetes],
  });

  it('computes the optimal assignment as a job, explains each pair and compares it with greedy', async () => {
    const { run, errors } = await start(cohort());
    expect(errors).toBeUndefined();
    expect(run!.status).toBe('QUEUED');
    const done = await finished(run!.id);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.progress).toBe(100);
    const result = done.result!;
    expect(result.placedCount).toBe(3);
    expect(result.totalScore).toBeGreaterThanOrEqual(result.greedyTotalScore - 1e-9);
    const byMentee = new Map(result.assignments.map((a) => [a.menteeId, a]));
    // Mentee C reports to the Kubernetes expert: the manager chain is a hard exclusion.
    expect(byMentee.get(mentees[2])!.mentorId).not.toBe(teamLead);
    expect(new Set(result.assignments.map((a) => a.mentorId)).size).toBe(3);
    for (const a of result.assignments) {
      expect(a.explanation).toMatch(/score/);
      expect(a.reasons.length).toBeGreaterThan(0);
      expect(a.score).toBeGreaterThan(0);
    }
  });

  it('approves a run: proposed matches saved, accepted in bulk, match events on Kafka', async () => {
    const collector = await collectMessages([`${app.topicPrefix}.${Topics.match}`]);
    const { run } = await start(cohort());
    const done = await finished(run!.id);
    const res = await app.graphql<{ approveCohortRun: { matchIds: string[]; run: { approvedAt: string } } }>(
      APPROVE,
      { id: run!.id },
      managerToken,
    );
    expect(res.errors).toBeUndefined();
    const { matchIds } = res.data!.approveCohortRun;
    expect(matchIds).toHaveLength(done.result!.placedCount);
    expect(res.data!.approveCohortRun.run.approvedAt).toEqual(expect.any(String));
    const events = await waitFor(
      () => {
        const mine = collector.messages
          .filter((m) => matchIds.includes(m.key!))
          .map((m) => JSON.parse(m.value!) as { type: string; payload: Record<string, unknown> });
        return mine.length === matchIds.length * 2 ? mine : undefined;
      },
      { what: 'match.proposed and match.accepted for every pair' },
    );
    await collector.stop();
    expect(events.filter((e) => e.type === 'match.proposed')).toHaveLength(matchIds.length);
    expect(events.filter((e) => e.type === 'match.accepted')).toHaveLength(matchIds.length);
    const pairs = done.result!.assignments.map((a) => `${a.menteeId}|${a.mentorId}`).sort();
    const accepted = events.filter((e) => e.type === 'match.accepted');
    expect(accepted.map((e) => `${e.payload.menteeId}|${e.payload.mentorId}`).sort()).toEqual(pairs);
    for (const e of accepted) expect(e.payload).toMatchObject({ programRunId: run!.id, status: 'ACCEPTED' });

    const again = await app.graphql(APPROVE, { id: run!.id }, managerToken);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('re-runs with a pin and a forbid and reports who could not be placed and why', async () => {
    const { run } = await start({ ...cohort(), menteeIds: [...mentees, loner] });
    const first = await finished(run!.id);
    expect(first.result!.placedCount).toBe(3);
    const res = await app.graphql<{ rerunCohortRun: Run }>(
      RERUN,
      {
        input: {
          runId: run!.id,
          pins: [{ menteeId: mentees[0], mentorId: mentors[2] }],
          forbids: [
            { menteeId: loner, mentorId: mentors[1] },
            { menteeId: loner, mentorId: mentors[2] },
          ],
        },
      },
      managerToken,
    );
    expect(res.errors).toBeUndefined();
    const rerun = await finished(res.data!.rerunCohortRun.id);
    const pinned = rerun.result!.assignments.find((a) => a.menteeId === mentees[0])!;
    expect(pinned).toMatchObject({ mentorId: mentors[2], isPinned: true });
    const unplaced = rerun.result!.unplaced.find((u) => u.menteeId === loner)!;
    expect(unplaced.reason).toBe('NO_ELIGIBLE_MENTOR');
    expect(unplaced.exclusions).toEqual(
      expect.arrayContaining([
        { reason: 'MANAGER_CHAIN', count: 1 },
        { reason: 'FORBIDDEN', count: 2 },
      ]),
    );
  });

  it.each([
    [
      'a negative capacity',
      'mentors.0.capacity',
      () => ({ mentors: [{ mentorId: mentors[0], capacity: -1 }] }),
    ],
    ['an unknown mentee', 'menteeIds[1]', () => ({ menteeIds: [mentees[0], randomUUID()] })],
    [
      'an unknown mentor',
      'mentors[0].mentorId',
      () => ({ mentors: [{ mentorId: randomUUID(), capacity: 1 }] }),
    ],
    ['an unknown focus skill', 'focusSkillIds[0]', () => ({ focusSkillIds: [randomUUID()] })],
    [
      'no mentor with room',
      'mentors',
      () => ({ mentors: mentors.map((mentorId) => ({ mentorId, capacity: 0 })) }),
    ],
    [
      'no allowed pair at all',
      'menteeIds',
      () => ({ menteeIds: [loner], mentors: [{ mentorId: teamLead, capacity: 2 }] }),
    ],
    [
      'a pin outside the run',
      'pins[0].mentorId',
      () => ({ pins: [{ menteeId: mentees[0], mentorId: loner }] }),
    ],
  ])('rejects %s, naming the field %s, and queues nothing', async (_case, field, override) => {
    const before = await app.ownerQuery<{ n: number }>('select count(*)::int as n from program_runs');
    const { run, errors } = await start({ ...cohort(), ...override() });
    expect(run).toBeUndefined();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const after = await app.ownerQuery<{ n: number }>('select count(*)::int as n from program_runs');
    expect(after[0].n).toBe(before[0].n);
  });

  it('lets only L&D managers start, read and approve runs', async () => {
    const employee = await app.tokenFor(acme, mentees[0], ['EMPLOYEE', 'MENTOR']);
    const { errors } = await start(cohort(), employee);
    expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const { run } = await start(cohort());
    const read = await runOf(run!.id, employee);
    expect(read.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const approve = await app.graphql(APPROVE, { id: run!.id }, employee);
    expect(approve.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("never shows one tenant another tenant's runs", async () => {
    const { run } = await start(cohort());
    await finished(run!.id);
    const outsider = await app.tokenFor(globex, randomUUID(), ['LD_MANAGER']);
    for (const res of [
      await runOf(run!.id, outsider),
      await app.graphql(APPROVE, { id: run!.id }, outsider),
    ]) {
      expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
    const client = new Client({ connectionString: app.database.appUrl });
    await client.connect();
    try {
      expect((await client.query('select * from program_runs')).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('forgets an erased employee in runs: gone from input and result', async () => {
    const { run } = await start(cohort());
    const done = await finished(run!.id);
    const erased = done.result!.assignments[0].menteeId;
    await app.publishErased(acme, erased);
    const after = await waitFor(
      async () => {
        const current = (await runOf(run!.id)).data!.cohortRun;
        return current.result!.assignments.some((a) => a.menteeId === erased) ? undefined : current;
      },
      { what: 'the erased mentee gone from the run' },
    );
    expect(after.result!.assignments).toHaveLength(done.result!.assignments.length - 1);
    const left = await app.ownerQuery<{ n: number }>(
      `select count(*)::int as n from program_runs where input::text like $1 or result::text like $1`,
      [`%${erased}%`],
    );
    expect(left[0].n).toBe(0);
  });
});
