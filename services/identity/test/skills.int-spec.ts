import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { IdentityUnderTest, startIdentity } from './identity-app';
import {
  CREATE_SKILL,
  SyncResult,
  UPSERT,
  createSkill,
  employeeWithRoles,
  gql,
} from './support/hris-fixture';

describe('identity: skill catalog, employee skills and sensitive fields', () => {
  let identity: IdentityUnderTest;
  let tenant: { tenantId: string; adminToken: string; slug: string };
  let db: Client;

  const events = async (key: string): Promise<string[]> =>
    (
      await db.query<{ e: string }>(
        `select event_type || '@' || (envelope->>'aggregateVersion') as e from outbox_events where message_key = $1 order by id`,
        [key],
      )
    ).rows.map((r) => r.e);

  beforeAll(async () => {
    identity = await startIdentity();
    const slug = `sk-${randomUUID().slice(0, 6)}`;
    tenant = { ...(await identity.createTenant(slug)), slug };
    db = new Client({
      connectionString: identity.database.adminUrl.replace(/\/[^/]*$/, `/${identity.database.database}`),
    });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await identity.close();
  });

  it('publishes catalog skills with aliases and related skills for matching', async () => {
    const collector = await collectMessages([`${identity.topicPrefix}.${Topics.skillCatalog}`]);
    const docker = await createSkill(identity, tenant.adminToken, { name: 'Docker' });
    const k8s = await createSkill(identity, tenant.adminToken, {
      name: 'Kubernetes',
      aliases: ['k8s', 'K8S', 'kubernetes'],
      related: [{ skillId: docker.id, strength: 0.7 }],
    });
    const message = await waitFor(() => collector.messages.find((m) => m.key === k8s.id), {
      what: 'skill event',
    });
    await collector.stop();
    expect(JSON.parse(message.value!)).toMatchObject({
      type: 'skill_catalog.skill_upserted',
      aggregateVersion: 1,
      payload: {
        id: k8s.id,
        name: 'Kubernetes',
        aliases: ['k8s'],
        related: [{ skillId: docker.id, strength: 0.7 }],
      },
    });
  });

  it('rejects bad catalog input naming the field, and lets only ORG_ADMIN / LD_MANAGER manage it', async () => {
    const taken = await identity.graphql(CREATE_SKILL, { input: { name: 'DOCKER' } }, tenant.adminToken);
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const unknown = await identity.graphql(
      CREATE_SKILL,
      { input: { name: 'Helm', related: [{ skillId: randomUUID(), strength: 0.5 }] } },
      tenant.adminToken,
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'related.0.skillId',
    });
    const strength = await identity.graphql(
      CREATE_SKILL,
      { input: { name: 'Helm', related: [{ skillId: randomUUID(), strength: 2 }] } },
      tenant.adminToken,
    );
    expect(strength.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'related.0.strength',
    });
    const parent = await createSkill(identity, tenant.adminToken, { name: 'Cloud' });
    const child = await gql<{ createSkill: { id: string } }>(
      identity,
      CREATE_SKILL.replace('version', 'version parentId'),
      { input: { name: 'AWS', parentId: parent.id } },
      tenant.adminToken,
    );
    const loop = await identity.graphql(
      `mutation($id: ID!, $input: SkillInput!) { updateSkill(id: $id, input: $input) { id } }`,
      { id: parent.id, input: { name: 'Cloud', parentId: child.createSkill.id } },
      tenant.adminToken,
    );
    expect(loop.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const employee = await employeeWithRoles(identity, tenant, 'e@sk.example', ['EMPLOYEE', 'MENTOR']);
    expect(
      (await identity.graphql(CREATE_SKILL, { input: { name: 'Nope' } }, employee.token)).errors![0]
        .extensions!.code,
    ).toBe('FORBIDDEN');
    const ld = await employeeWithRoles(identity, tenant, 'ld@sk.example', ['LD_MANAGER']);
    expect(
      (await identity.graphql(CREATE_SKILL, { input: { name: 'Coaching' } }, ld.token)).errors,
    ).toBeUndefined();
  });

  it('republishes holders when a skill is renamed or deleted', async () => {
    const skill = await createSkill(identity, tenant.adminToken, { name: 'Golang' });
    const [held] = (
      await gql<{ upsertEmployees: SyncResult[] }>(
        identity,
        UPSERT,
        { records: [{ externalId: 'G-1', email: 'g@sk.example', skills: [{ name: 'golang', level: 4 }] }] },
        tenant.adminToken,
      )
    ).upsertEmployees;
    await gql(
      identity,
      `mutation($id: ID!) { updateSkill(id: $id, input: { name: "Go", aliases: ["golang"] }) { id } }`,
      { id: skill.id },
      tenant.adminToken,
    );
    const snapshot = await db.query(
      `select envelope->'payload'->'skills' as skills from outbox_events where message_key = $1 order by id desc limit 1`,
      [held.employeeId],
    );
    expect(snapshot.rows[0].skills).toEqual([{ skillId: skill.id, name: 'Go', level: 4, source: 'HR' }]);
    await gql(identity, `mutation($id: ID!) { deleteSkill(id: $id) }`, { id: skill.id }, tenant.adminToken);
    expect(await events(held.employeeId!)).toEqual([
      'employee.upserted@1',
      'employee.upserted@2',
      'employee.upserted@3',
    ]);
    expect(await events(skill.id)).toEqual([
      'skill_catalog.skill_upserted@1',
      'skill_catalog.skill_upserted@2',
      'skill_catalog.skill_deleted@3',
    ]);
  });

  it('lets employees set their own skills, validating the level', async () => {
    const me = await employeeWithRoles(identity, tenant, 'me@sk.example', ['EMPLOYEE']);
    const docker = (
      await gql<{ skills: { edges: { node: { id: string; name: string } }[] } }>(
        identity,
        `{ skills(page: { first: 100 }) { edges { node { id name } } } }`,
        {},
        me.token,
      )
    ).skills.edges.find((e) => e.node.name === 'Docker')!.node.id;
    const SET = `mutation($input: SetMySkillsInput!) { setMySkills(input: $input) { name level source } }`;
    const bad = await identity.graphql(SET, { input: { skills: [{ skillId: docker, level: 7 }] } }, me.token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skills.0.level' });
    const unknown = await identity.graphql(
      SET,
      { input: { skills: [{ skillId: randomUUID(), level: 2 }] } },
      me.token,
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'skills.0.skillId',
    });
    const ok = await gql<{ setMySkills: unknown[] }>(
      identity,
      SET,
      { input: { skills: [{ skillId: docker, level: 3 }] } },
      me.token,
    );
    expect(ok.setMySkills).toEqual([{ name: 'Docker', level: 3, source: 'SELF' }]);
    expect(await events(me.id)).toEqual(['employee.upserted@1', 'employee.upserted@2']);
  });

  it('shows employee number, cost center, hire date and external id only to HR roles and the employee', async () => {
    const [rec] = (
      await gql<{ upsertEmployees: SyncResult[] }>(
        identity,
        UPSERT,
        {
          records: [
            {
              externalId: 'P-1',
              email: 'p@sk.example',
              employeeNumber: '42',
              costCenter: 'CC-1',
              hireDate: '2022-02-02',
            },
          ],
        },
        tenant.adminToken,
      )
    ).upsertEmployees;
    const QUERY = `query($id: ID!) { employee(id: $id) { employeeNumber costCenter hireDate externalId } }`;
    const full = { employeeNumber: '42', costCenter: 'CC-1', hireDate: '2022-02-02', externalId: 'P-1' };
    const hidden = { employeeNumber: null, costCenter: null, hireDate: null, externalId: null };
    const self = await identity.login(tenant.slug, 'p@sk.example');
    const colleague = await employeeWithRoles(identity, tenant, 'c@sk.example', ['EMPLOYEE', 'MENTOR']);
    const ld = await identity.login(tenant.slug, 'ld@sk.example');
    for (const [who, token, expected] of [
      ['self', self, full],
      ['admin', tenant.adminToken, full],
      ['ld', ld, full],
      ['colleague', colleague.token, hidden],
    ] as const) {
      const res = await gql<{ employee: unknown }>(identity, QUERY, { id: rec.employeeId }, token);
      expect([who, res.employee]).toEqual([who, expected]);
    }
  });
});
