import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { IdentityUnderTest, startIdentity } from './identity-app';
import { SyncResult, UPSERT, createSkill, gql } from './support/hris-fixture';
import { createIntegrationToken, scimClient, scimUser } from './support/scim-client';

interface Org {
  tenantId: string;
  adminToken: string;
  scimSecret: string;
  tokenId: string;
  employeeId: string;
  skillId: string;
}

describe('identity: tenant isolation and integration-token attacks', () => {
  let identity: IdentityUnderTest;
  let a: Org;
  let b: Org;

  async function org(label: string): Promise<Org> {
    const tenant = await identity.createTenant(`${label}-${randomUUID().slice(0, 6)}`);
    const token = await createIntegrationToken(identity, tenant.adminToken, ['scim:users']);
    const created = await scimClient(identity, token.secret)(
      'POST',
      '/Users',
      scimUser(`person@${label}.example`, { externalId: `${label}-1` }),
    );
    const skill = await createSkill(identity, tenant.adminToken, { name: `Secret skill of ${label}` });
    return {
      ...tenant,
      scimSecret: token.secret,
      tokenId: token.id,
      employeeId: created.body.id!,
      skillId: skill.id,
    };
  }

  beforeAll(async () => {
    identity = await startIdentity();
    a = await org('alpha');
    b = await org('beta');
  });
  afterAll(() => identity.close());

  describe('GraphQL', () => {
    it("never reads another tenant's employee, skill or tokens", async () => {
      const res = await gql<{
        employee: unknown;
        skill: unknown;
        skills: { edges: { node: { id: string } }[] };
        integrationTokens: { id: string }[];
      }>(
        identity,
        `query($e: ID!, $s: ID!) { employee(id: $e) { id } skill(id: $s) { id } skills(page: { first: 100 }) { edges { node { id } } } integrationTokens { id } }`,
        { e: b.employeeId, s: b.skillId },
        a.adminToken,
      );
      expect(res.employee).toBeNull();
      expect(res.skill).toBeNull();
      expect(res.skills.edges.map((e) => e.node.id)).toEqual([a.skillId]);
      expect(res.integrationTokens.map((t) => t.id)).toEqual([a.tokenId]);
      const exported = await identity.graphql(
        `query($id: ID!) { exportEmployeeData(id: $id) { employee } }`,
        { id: b.employeeId },
        a.adminToken,
      );
      expect(exported.errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it("never writes another tenant's employee, skill or token", async () => {
      const attempts: [string, Record<string, unknown>][] = [
        [`mutation($id: ID!) { eraseEmployee(id: $id) }`, { id: b.employeeId }],
        [
          `mutation($i: SetEmployeeRolesInput!) { setEmployeeRoles(input: $i) }`,
          { i: { employeeId: b.employeeId, roles: ['ORG_ADMIN'] } },
        ],
        [
          `mutation($id: ID!) { updateSkill(id: $id, input: { name: "Hijacked" }) { id } }`,
          { id: b.skillId },
        ],
        [`mutation($id: ID!) { deleteSkill(id: $id) }`, { id: b.skillId }],
        [`mutation($id: ID!) { revokeIntegrationToken(id: $id) { id } }`, { id: b.tokenId }],
      ];
      for (const [query, variables] of attempts) {
        const res = await identity.graphql(query, variables, a.adminToken);
        expect([query, res.errors?.[0]?.extensions?.code]).toEqual([query, 'NOT_FOUND']);
      }
      const sync = await gql<{ upsertEmployees: SyncResult[] }>(
        identity,
        UPSERT,
        { records: [{ externalId: 'beta-1', email: 'person@beta.example' }] },
        a.adminToken,
      );
      expect(sync.upsertEmployees[0].status).toBe('CREATED');
      expect(sync.upsertEmployees[0].employeeId).not.toBe(b.employeeId);
      const own = await scimClient(identity, b.scimSecret)('GET', `/Users/${b.employeeId}`);
      expect(own.body).toMatchObject({
        userName: 'person@beta.example',
        active: true,
        meta: { version: 'W/"1"' },
      });
      const skill = await gql<{ skill: { name: string } }>(
        identity,
        `query($id: ID!) { skill(id: $id) { name } }`,
        { id: b.skillId },
        b.adminToken,
      );
      expect(skill.skill.name).toBe('Secret skill of beta');
    });
  });

  describe('SCIM', () => {
    it("with tenant A's token, tenant B's users do not exist", async () => {
      const scim = scimClient(identity, a.scimSecret);
      for (const [method, body] of [
        ['GET'],
        ['PUT', scimUser('x@beta.example')],
        ['PATCH', { Operations: [{ op: 'replace', value: { active: false } }] }],
        ['DELETE'],
      ] as const) {
        const res = await scim(method, `/Users/${b.employeeId}`, body);
        expect([method, res.status]).toEqual([method, 404]);
      }
      const list = await scim(
        'GET',
        `/Users?filter=${encodeURIComponent('userName eq "person@beta.example"')}`,
      );
      expect(list.body.Resources!.map((r) => r.id)).not.toContain(b.employeeId);
      const all = await scim('GET', '/Users?count=200');
      expect(all.body.Resources!.map((r) => r.id)).not.toContain(b.employeeId);
      expect((await scimClient(identity, b.scimSecret)('GET', `/Users/${b.employeeId}`)).body.active).toBe(
        true,
      );
    });

    it('rejects a missing, malformed, unknown, revoked or mis-scoped token, and a user JWT', async () => {
      const expectRejected = async (token: string | undefined, status: number) => {
        const res = await scimClient(identity, token)('GET', '/Users');
        expect([token?.slice(0, 12), res.status, res.body.schemas]).toEqual([
          token?.slice(0, 12),
          status,
          ['urn:ietf:params:scim:api:messages:2.0:Error'],
        ]);
        expect(res.body.Resources).toBeUndefined();
      };
      await expectRejected(undefined, 401);
      await expectRejected('not-a-token', 401);
      await expectRejected(`mmi_${'A'.repeat(43)}`, 401);
      await expectRejected(a.adminToken, 401);
      const syncOnly = await createIntegrationToken(identity, a.adminToken, ['employees:sync']);
      await expectRejected(syncOnly.secret, 403);
      const revoked = await createIntegrationToken(identity, a.adminToken, ['scim:users']);
      expect((await scimClient(identity, revoked.secret)('GET', '/Users')).status).toBe(200);
      await gql(
        identity,
        `mutation($id: ID!) { revokeIntegrationToken(id: $id) { revokedAt } }`,
        { id: revoked.id },
        a.adminToken,
      );
      await expectRejected(revoked.secret, 401);
      const res = await fetch(`${identity.url}/scim/v2/ServiceProviderConfig`);
      expect(res.status).toBe(401);
    });

    it('lets only ORG_ADMIN manage integration tokens', async () => {
      const data = await gql<{ createEmployee: { id: string } }>(
        identity,
        `mutation { createEmployee(input: { email: "ld@alpha.example", displayName: "LD", timeZone: "UTC", roles: ["LD_MANAGER", "HR_INTEGRATION"] }) { id } }`,
        {},
        a.adminToken,
      );
      expect(data.createEmployee.id).toBeDefined();
      const slug = (
        await gql<{ tenant: { slug: string } }>(identity, `{ tenant { slug } }`, {}, a.adminToken)
      ).tenant.slug;
      const token = await identity.login(slug, 'ld@alpha.example');
      for (const query of [
        `{ integrationTokens { id } }`,
        `mutation { createIntegrationToken(input: { name: "x", scopes: ["scim:users"] }) { secret } }`,
      ]) {
        expect((await identity.graphql(query, {}, token)).errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('SQL as the service role', () => {
    it('shows and accepts nothing of another tenant in the new tables', async () => {
      const client = new Client({ connectionString: identity.database.appUrl });
      await client.connect();
      try {
        for (const table of ['skills', 'skill_relations', 'employee_skills', 'integration_tokens']) {
          expect([table, (await client.query(`select * from ${table}`)).rowCount]).toEqual([table, 0]);
        }
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
        const skills = await client.query<{ tenant_id: string }>('select tenant_id from skills');
        expect(new Set(skills.rows.map((r) => r.tenant_id))).toEqual(new Set([a.tenantId]));
        const tokens = await client.query<{ tenant_id: string }>('select tenant_id from integration_tokens');
        expect(new Set(tokens.rows.map((r) => r.tenant_id))).toEqual(new Set([a.tenantId]));
        expect((await client.query(`update skills set name = 'x' where id = $1`, [b.skillId])).rowCount).toBe(
          0,
        );
        expect((await client.query(`delete from employees where id = $1`, [b.employeeId])).rowCount).toBe(0);
        await client.query('savepoint s');
        await expect(
          client.query(`insert into skills (id, tenant_id, name) values ($1, $2, 'Evil')`, [
            randomUUID(),
            b.tenantId,
          ]),
        ).rejects.toThrow(/row-level security/);
        await client.query('rollback to savepoint s');
        await expect(
          client.query(
            `insert into employee_skills (tenant_id, employee_id, skill_id, level, source) values ($1, $2, $3, 5, 'SELF')`,
            [b.tenantId, b.employeeId, b.skillId],
          ),
        ).rejects.toThrow(/row-level security/);
        await client.query('rollback');
      } finally {
        await client.end();
      }
    });
  });
});
