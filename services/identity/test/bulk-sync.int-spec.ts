import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { IdentityUnderTest, startIdentity } from './identity-app';
import { SyncResult, UPSERT, createSkill, employeeWithRoles, gql } from './support/hris-fixture';
import { createIntegrationToken } from './support/scim-client';

describe('identity: bulk HR sync (upsertEmployees)', () => {
  let identity: IdentityUnderTest;
  let tenant: { tenantId: string; adminToken: string; slug: string };
  let hr: { id: string; token: string };
  let db: Client;

  const sync = async (records: Record<string, unknown>[], token = hr.token): Promise<SyncResult[]> =>
    (await gql<{ upsertEmployees: SyncResult[] }>(identity, UPSERT, { records }, token)).upsertEmployees;

  const outboxFor = async (id: string): Promise<{ event_type: string; version: number }[]> =>
    (
      await db.query<{ event_type: string; version: number }>(
        `select event_type, (envelope->>'aggregateVersion')::int as version from outbox_events
         where message_key = $1 order by id`,
        [id],
      )
    ).rows;

  beforeAll(async () => {
    identity = await startIdentity();
    const slug = `hr-${randomUUID().slice(0, 6)}`;
    tenant = { ...(await identity.createTenant(slug)), slug };
    hr = await employeeWithRoles(identity, tenant, 'hris@hr.example', ['HR_INTEGRATION']);
    await createSkill(identity, tenant.adminToken, { name: 'Kubernetes', aliases: ['k8s'] });
    await createSkill(identity, tenant.adminToken, { name: 'Go', aliases: ['golang'] });
    db = new Client({
      connectionString: identity.database.adminUrl.replace(/\/[^/]*$/, `/${identity.database.database}`),
    });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await identity.close();
  });

  it('creates, leaves unchanged and updates by external id, publishing only real changes', async () => {
    const topic = `${identity.topicPrefix}.${Topics.employee}`;
    const collector = await collectMessages([topic]);
    const boss = {
      externalId: 'E-1',
      email: 'boss@hr.example',
      givenName: 'Bo',
      familyName: 'Ss',
      department: 'Eng',
    };
    const report = {
      externalId: 'E-2',
      email: 'rep@hr.example',
      givenName: 'Re',
      familyName: 'Port',
      managerExternalId: 'E-1',
      employeeNumber: '0002',
      costCenter: 'CC-7',
      hireDate: '2021-04-01',
      timeZone: 'America/New_York',
      languages: ['en', 'es'],
      skills: [
        { name: 'K8S', level: 4 },
        { name: 'golang', level: 2 },
      ],
    };
    const first = await sync([report, boss]);
    expect(first.map((r) => r.status)).toEqual(['CREATED', 'CREATED']);
    expect(first[0].reason).toBeNull();
    const reportId = first[0].employeeId!;
    const bossId = first[1].employeeId!;

    const again = await sync([boss, report]);
    expect(again.map((r) => [r.status, r.employeeId])).toEqual([
      ['UNCHANGED', bossId],
      ['UNCHANGED', reportId],
    ]);

    const changed = await sync([boss, { ...report, title: 'Staff Engineer' }]);
    expect(changed.map((r) => r.status)).toEqual(['UNCHANGED', 'UPDATED']);
    const quiet = await sync([boss, { ...report, title: 'Staff Engineer', costCenter: 'CC-8' }]);
    expect(quiet.map((r) => r.status)).toEqual(['UNCHANGED', 'UPDATED']);

    // The manager later in the same call was linked at once (v1). The title change published v2; the
    // cost center (not in the snapshot) bumped the version to 3 without an event.
    expect(await outboxFor(reportId)).toEqual([
      { event_type: 'employee.upserted', version: 1 },
      { event_type: 'employee.upserted', version: 2 },
    ]);
    expect((await db.query('select version from employees where id = $1', [reportId])).rows[0].version).toBe(
      3,
    );
    const last = await waitFor(
      () =>
        collector.messages.filter((m) => m.key === reportId).length === 2 &&
        collector.messages.filter((m) => m.key === reportId),
      { what: 'two snapshots of the report' },
    );
    await collector.stop();
    const snapshot = JSON.parse(last.at(-1)!.value!).payload;
    expect(snapshot).toMatchObject({
      externalId: 'E-2',
      managerId: bossId,
      title: 'Staff Engineer',
      timeZone: 'America/New_York',
      languages: ['en', 'es'],
      status: 'ACTIVE',
    });
    expect(
      snapshot.skills
        .map((s: { name: string; level: number; source: string }) => [s.name, s.level, s.source])
        .sort(),
    ).toEqual([
      ['Go', 2, 'HR'],
      ['Kubernetes', 4, 'HR'],
    ]);
  });

  it('isolates a bad record: the others are saved and the error names the field', async () => {
    const results = await sync([
      { externalId: 'B-1', email: 'ok1@hr.example' },
      { externalId: 'B-2', email: 'not-an-email' },
      { externalId: 'B-3', email: 'ok3@hr.example', timeZone: 'Mars/Olympus' },
      {
        externalId: 'B-4',
        email: 'ok4@hr.example',
        skills: [
          { name: 'Go', level: 3 },
          { name: 'Cobol', level: 2 },
        ],
      },
      { externalId: 'B-5', email: 'ok1@hr.example' },
      { externalId: 'B-6', email: 'ok6@hr.example', skills: [{ name: 'Go', level: 9 }] },
      { externalId: 'B-7', email: 'ok7@hr.example', managerExternalId: 'B-7' },
      { externalId: 'B-8', email: 'ok8@hr.example' },
    ]);
    expect(results.map((r) => [r.status, r.field])).toEqual([
      ['CREATED', null],
      ['ERROR', 'email'],
      ['ERROR', 'timeZone'],
      ['ERROR', 'skills.1.name'],
      ['ERROR', 'email'],
      ['ERROR', 'skills.0.level'],
      ['ERROR', 'managerExternalId'],
      ['CREATED', null],
    ]);
    expect(results[3].reason).toMatch(/Cobol/);
    const stored = await db.query(
      `select external_id from employees where external_id like 'B-%' order by 1`,
    );
    expect(stored.rows.map((r) => r.external_id)).toEqual(['B-1', 'B-8']);
  });

  it('keeps self-declared skills across HR syncs and deactivates with its own event', async () => {
    const [created] = await sync([
      { externalId: 'S-1', email: 'self@hr.example', skills: [{ name: 'Go', level: 3 }] },
    ]);
    const id = created.employeeId!;
    const token = await identity.login(tenant.slug, 'self@hr.example');
    const catalog = await gql<{ skills: { edges: { node: { id: string; name: string } }[] } }>(
      identity,
      `{ skills { edges { node { id name } } } }`,
      {},
      token,
    );
    const k8s = catalog.skills.edges.find((e) => e.node.name === 'Kubernetes')!.node.id;
    const go = catalog.skills.edges.find((e) => e.node.name === 'Go')!.node.id;
    await gql(
      identity,
      `mutation($input: SetMySkillsInput!) { setMySkills(input: $input) { skillId } }`,
      {
        input: {
          skills: [
            { skillId: k8s, level: 5 },
            { skillId: go, level: 5 },
          ],
        },
      },
      token,
    );
    const resync = await sync([
      { externalId: 'S-1', email: 'self@hr.example', skills: [{ name: 'Go', level: 3 }] },
    ]);
    expect(resync[0].status).toBe('UNCHANGED');
    const off = await sync([
      { externalId: 'S-1', email: 'self@hr.example', active: false, skills: [{ name: 'Go', level: 3 }] },
    ]);
    expect(off[0].status).toBe('UPDATED');
    const me = await gql<{
      employee: { status: string; skills: { name: string; level: number; source: string }[] };
    }>(
      identity,
      `query($id: ID!) { employee(id: $id) { status skills { name level source } } }`,
      { id },
      tenant.adminToken,
    );
    expect(me.employee.status).toBe('INACTIVE');
    expect(me.employee.skills.map((s) => [s.name, s.level, s.source]).sort()).toEqual([
      ['Go', 3, 'HR'],
      ['Kubernetes', 5, 'SELF'],
    ]);
    expect((await outboxFor(id)).map((e) => `${e.event_type}@${e.version}`)).toEqual([
      'employee.upserted@1',
      'employee.upserted@2',
      'employee.upserted@3',
      'employee.deactivated@3',
    ]);
  });

  it('lets only HR_INTEGRATION and ORG_ADMIN sync', async () => {
    const plain = await employeeWithRoles(identity, tenant, 'plain@hr.example', ['EMPLOYEE', 'LD_MANAGER']);
    const res = await identity.graphql(
      UPSERT,
      { records: [{ externalId: 'X', email: 'x@hr.example' }] },
      plain.token,
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await sync([{ externalId: 'A-1', email: 'a1@hr.example' }], tenant.adminToken))[0].status).toBe(
      'CREATED',
    );
  });

  it('links a manager that arrives in a later batch of the same call', async () => {
    const records = Array.from({ length: 1001 }, (_, i) => ({
      externalId: `L-${i}`,
      email: `l${i}@hr.example`,
      managerExternalId: i === 0 ? 'L-1000' : null,
    }));
    const results = await sync(records);
    expect(results.filter((r) => r.status === 'CREATED')).toHaveLength(1001);
    expect(results[0].reason).toBeNull();
    const rows = await db.query(
      `select e.version, m.external_id as manager from employees e join employees m on m.id = e.manager_id where e.external_id = 'L-0'`,
    );
    expect(rows.rows).toEqual([{ version: 2, manager: 'L-1000' }]);
    const missing = await sync([
      { externalId: 'L-orphan', email: 'orphan@hr.example', managerExternalId: 'nobody' },
    ]);
    expect(missing[0]).toMatchObject({ status: 'CREATED', field: 'managerExternalId' });
    expect(missing[0].reason).toMatch(/saved without a manager/);
  });

  it('keeps going when a whole batch of a call is invalid, and saves the valid records after it', async () => {
    const records = [
      ...Array.from({ length: 260 }, (_, i) => ({ externalId: `V-${i}`, email: `not-an-email-${i}` })),
      { externalId: 'V-ok', email: 'v-ok@hr.example' },
    ];
    const results = await sync(records);
    expect(results).toHaveLength(261);
    expect(results.slice(0, 260).every((r) => r.status === 'ERROR' && r.field === 'email')).toBe(true);
    expect(results[260]).toMatchObject({ index: 260, externalId: 'V-ok', status: 'CREATED' });
    const rows = await db.query(`select external_id from employees where external_id like 'V-%'`);
    expect(rows.rows).toEqual([{ external_id: 'V-ok' }]);
  });

  it('lets an HR system trade an employees:sync integration token for an HR_INTEGRATION access token', async () => {
    const exchange = (secret?: string) =>
      fetch(`${identity.url}/integrations/token`, {
        method: 'POST',
        headers: secret ? { authorization: `Bearer ${secret}` } : {},
      });
    const sync = await createIntegrationToken(identity, tenant.adminToken, ['employees:sync']);
    const res = await exchange(sync.secret);
    expect(res.status).toBe(200);
    const { accessToken } = (await res.json()) as { accessToken: string };
    const results = await gql<{ upsertEmployees: SyncResult[] }>(
      identity,
      UPSERT,
      { records: [{ externalId: 'X-1', email: 'x1@hr.example' }] },
      accessToken,
    );
    expect(results.upsertEmployees[0].status).toBe('CREATED');
    const admin = await identity.graphql(`{ integrationTokens { id } }`, {}, accessToken);
    expect(admin.errors![0].extensions!.code).toBe('FORBIDDEN');
    const scimOnly = await createIntegrationToken(identity, tenant.adminToken, ['scim:users']);
    expect((await exchange(scimOnly.secret)).status).toBe(403);
    expect((await exchange()).status).toBe(401);
    expect((await exchange(`mmi_${'x'.repeat(43)}`)).status).toBe(401);
  });
});
