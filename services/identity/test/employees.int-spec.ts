import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { IdentityUnderTest, startIdentity } from './identity-app';

const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id email timeZone roles } }`;

describe('identity: tenants and employees', () => {
  let identity: IdentityUnderTest;
  let acme: { tenantId: string; adminToken: string };
  let globex: { tenantId: string; adminToken: string };

  beforeAll(async () => {
    identity = await startIdentity();
    acme = await identity.createTenant(`acme-${randomUUID().slice(0, 6)}`);
    globex = await identity.createTenant(`globex-${randomUUID().slice(0, 6)}`);
  });
  afterAll(() => identity.close());

  it('creates an employee and publishes its snapshot through the outbox', async () => {
    const topic = `${identity.topicPrefix}.${Topics.employee}`;
    const collector = await collectMessages([topic]);
    const res = await identity.graphql<{ createEmployee: { id: string } }>(
      CREATE,
      {
        input: {
          email: 'grace@acme.example',
          displayName: 'Grace Hopper',
          timeZone: 'America/New_York',
          languages: ['en'],
        },
      },
      acme.adminToken,
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.createEmployee.id;
    const message = await waitFor(() => collector.messages.find((m) => m.key === id), {
      what: 'employee event',
    });
    await collector.stop();
    const event = JSON.parse(message.value!);
    expect(event).toMatchObject({
      type: 'employee.upserted',
      tenantId: acme.tenantId,
      aggregateId: id,
      aggregateVersion: 1,
      payload: { email: 'grace@acme.example', timeZone: 'America/New_York', status: 'ACTIVE' },
    });
  });

  it('names the field of invalid input and stores nothing', async () => {
    const res = await identity.graphql(
      CREATE,
      { input: { email: 'x@acme.example', displayName: 'X', timeZone: 'Mars/Olympus' } },
      acme.adminToken,
    );
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    const page = await identity.graphql<{ employees: { edges: { node: { email: string } }[] } }>(
      `{ employees(page: { first: 100 }) { edges { node { email } } } }`,
      {},
      acme.adminToken,
    );
    expect(page.data!.employees.edges.map((e) => e.node.email)).not.toContain('x@acme.example');
    const login = await fetch(`${identity.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'whatever', email: 'x@acme.example' }),
    });
    expect(login.status).toBe(404);
  });

  it('answers without a token, or with a forged one, with UNAUTHENTICATED and no data', async () => {
    const anonymous = await identity.graphql(`{ me { id email } }`);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const [header, payload] = acme.adminToken.split('.');
    const forged = await identity.graphql(`{ me { id } }`, {}, `${header}.${payload}.c2lnbmF0dXJl`);
    expect(forged.data).toBeNull();
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('forbids creating employees without ORG_ADMIN', async () => {
    await identity.graphql(
      CREATE,
      { input: { email: 'plain@acme.example', displayName: 'Plain', timeZone: 'Europe/Paris' } },
      acme.adminToken,
    );
    const token = await identity.login(await slugOf(acme.adminToken), 'plain@acme.example');
    const res = await identity.graphql(
      CREATE,
      { input: { email: 'y@acme.example', displayName: 'Y', timeZone: 'UTC' } },
      token,
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("never shows one tenant another tenant's employee", async () => {
    const created = await identity.graphql<{ createEmployee: { id: string } }>(
      CREATE,
      { input: { email: 'secret@globex.example', displayName: 'Secret', timeZone: 'Asia/Tokyo' } },
      globex.adminToken,
    );
    const id = created.data!.createEmployee.id;
    const res = await identity.graphql<{ employee: unknown }>(
      `query($id: ID!) { employee(id: $id) { id email } }`,
      { id },
      acme.adminToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.employee).toBeNull();
    const page = await identity.graphql<{ employees: { edges: { node: { email: string } }[] } }>(
      `{ employees(page: { first: 100 }) { edges { node { email } } } }`,
      {},
      acme.adminToken,
    );
    expect(page.data!.employees.edges.map((e) => e.node.email)).not.toContain('secret@globex.example');
  });

  it('enforces row-level security for the service role even in raw SQL', async () => {
    const client = new Client({ connectionString: identity.database.appUrl });
    await client.connect();
    try {
      expect((await client.query('select * from employees')).rowCount).toBe(0);
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [acme.tenantId]);
      const visible = await client.query<{ tenant_id: string }>('select tenant_id from employees');
      expect(visible.rowCount).toBeGreaterThan(0);
      expect(new Set(visible.rows.map((r) => r.tenant_id))).toEqual(new Set([acme.tenantId]));
      await expect(
        client.query(
          `insert into employees (id, tenant_id, email, display_name, time_zone) values ($1, $2, 'evil@x.example', 'Evil', 'UTC')`,
          [randomUUID(), globex.tenantId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });

  it('publishes its signing keys without their private parts', async () => {
    const jwks = (await (await fetch(`${identity.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(jwks.keys.length).toBeGreaterThan(0);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  async function slugOf(token: string): Promise<string> {
    const res = await identity.graphql<{ tenant: { slug: string } }>(`{ tenant { slug } }`, {}, token);
    return res.data!.tenant.slug;
  }
});
