import { randomUUID } from 'node:crypto';
import { loadConfig } from '@mentormesh/config';
import { KafkaHealth } from '@mentormesh/messaging';
import { createLogger } from '@mentormesh/observability';
import { RunningService, startService, testEndpoints, testKafka, waitFor } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { matchingConfigShape } from '../src/config';
import { ProgramTestApp, startProgramTestApp } from './program-test-app';

interface RunRow {
  id: string;
  status: string;
  attempts: number;
  progress: number;
  result: { placedCount: number } | null;
}

describe('cohort run jobs survive restarts and never run twice', () => {
  let app: ProgramTestApp;
  let second: RunningService;
  const acme = randomUUID();
  let mentees: string[];
  let mentors: string[];

  beforeAll(async () => {
    app = await startProgramTestApp();
    mentors = await app.seedEmployees(acme, [{ department: 'Platform' }, { department: 'Sales' }]);
    mentees = await app.seedEmployees(acme, [{ department: 'Sales' }, { department: 'Legal' }, {}]);
  });
  /** Closing an instance while its consumer groups still rebalance leaves kafkajs working past the test. */
  async function consumerGroupsSettled(members: number): Promise<void> {
    const admin = testKafka().admin();
    await admin.connect();
    try {
      await waitFor(
        async () => {
          const ids = (await admin.listGroups()).groups
            .map((g) => g.groupId)
            .filter((id) => id.startsWith(`${app.topicPrefix}.`));
          const { groups } = await admin.describeGroups(ids);
          return (
            groups.length > 0 && groups.every((g) => g.state === 'Stable' && g.members.length === members)
          );
        },
        { what: `consumer groups stable with ${members} members`, timeoutMs: 60_000 },
      );
    } finally {
      await admin.disconnect();
    }
  }

  afterAll(async () => {
    if (second) {
      await consumerGroupsSettled(2);
      // As the test harness does for the first instance: the readiness probe's admin client is not closed by
      // the app's shutdown and would keep Jest alive.
      await second.app.get(KafkaHealth).close();
      await second.close();
    }
    await app.close();
  });

  const input = (name: string) => ({
    name,
    menteeIds: mentees,
    mentors: mentors.map((mentorId) => ({ mentorId, capacity: 2 })),
    pins: [],
    forbids: [],
    focusSkillIds: [],
    focusTopics: [],
    format: 'VIDEO_CALL',
    lengthMinutes: 30,
    rerunOf: null,
  });

  /** The state a crashed instance leaves behind: RUNNING at some progress, its lease held by `owner` until `expires`. */
  async function leftBehind(name: string, owner: string, expires: string): Promise<string> {
    const id = randomUUID();
    await app.ownerQuery(
      `insert into program_runs (tenant_id, id, name, status, progress, phase, input, attempts, requested_by)
       values ($1, $2, $3, 'RUNNING', 40, 'scoring pairs', $4, 1, $5)`,
      [acme, id, name, JSON.stringify(input(name)), randomUUID()],
    );
    await app.ownerQuery(
      `insert into program_run_jobs (run_id, tenant_id, enqueued_at, lease_owner, lease_expires_at)
       values ($1, $2, now() - interval '10 minutes', $3, now() + $4::interval)`,
      [id, acme, owner, expires],
    );
    return id;
  }
  const runRow = async (id: string) =>
    (
      await app.ownerQuery<RunRow>(
        'select id, status, attempts, progress, result from program_runs where id = $1',
        [id],
      )
    )[0];

  it('finishes a run whose instance died mid-run (expired lease), and leaves a live lease alone', async () => {
    const held = await leftBehind('held by a live instance', 'alive-instance', '10 minutes');
    const orphan = await leftBehind('orphaned by a crash', 'crashed-instance', '-1 minute');
    const done = await waitFor(
      async () => {
        const row = await runRow(orphan);
        return row.status === 'SUCCEEDED' ? row : undefined;
      },
      { what: 'the orphaned run finished by the running instance' },
    );
    expect(done).toMatchObject({ attempts: 2, progress: 100 });
    expect(done.result!.placedCount).toBe(3);
    expect(await app.ownerQuery('select * from program_run_jobs where run_id = $1', [orphan])).toEqual([]);
    expect(await runRow(held)).toMatchObject({ status: 'RUNNING', attempts: 1, progress: 40 });
    await app.ownerQuery('delete from program_run_jobs where run_id = $1', [held]);
  });

  it('shares queued runs between two instances, each run claimed and computed exactly once', async () => {
    const config = loadConfig('matching', matchingConfigShape, {
      NODE_ENV: 'test',
      DATABASE_URL: app.database.appUrl,
      DATABASE_ADMIN_URL: app.database.adminUrl,
      KAFKA_BROKERS: testEndpoints().kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: app.topicPrefix,
      JWKS_URL: app.issuer!.jwksUrl,
      JWT_ISSUER: app.issuer!.issuer,
      JWT_AUDIENCE: app.issuer!.audience,
    });
    second = await startService('matching', AppModule.register(config, createLogger('matching', 'silent')));
    const token = await app.tokenFor(acme, randomUUID(), ['LD_MANAGER']);
    const START = `mutation($input: StartCohortRunInput!) { startCohortRun(input: $input) { id } }`;
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const via = i % 2 === 0 ? app : second;
      const { name, menteeIds, mentors: m } = input(`shared ${i}`);
      const res = await via.graphql<{ startCohortRun: { id: string } }>(
        START,
        { input: { name, menteeIds, mentors: m } },
        token,
      );
      expect(res.errors).toBeUndefined();
      ids.push(res.data!.startCohortRun.id);
    }
    const rows = await waitFor(
      async () => {
        const all = await Promise.all(ids.map(runRow));
        return all.every((row) => row.status === 'SUCCEEDED') ? all : undefined;
      },
      { what: 'all shared runs finished' },
    );
    expect(rows.map((row) => row.attempts)).toEqual(ids.map(() => 1));
    expect(
      await app.ownerQuery('select * from program_run_jobs where run_id = any($1::uuid[])', [ids]),
    ).toEqual([]);
  });
});
