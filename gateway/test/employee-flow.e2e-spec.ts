import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { Stack, startStack } from './stack';

const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;
const EMPLOYEE = `query($id: ID!) { employee(id: $id) { id email displayName timeZone mentorProfile { isMentor expertise capacityPerWeek } } }`;

interface EmployeeResult {
  employee: { id: string; email: string; mentorProfile: { isMentor: boolean } | null } | null;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the event backbone end to end, through the gateway', () => {
  let stack: Stack;
  let admin: { tenantId: string; adminToken: string };

  beforeAll(async () => {
    stack = await startStack(['identity', 'matching']);
    admin = await stack.createTenant(`flow-${randomUUID().slice(0, 6)}`);
  });
  afterAll(() => stack?.close());

  async function createEmployee(email: string): Promise<string> {
    const res = await stack.query<{ createEmployee: { id: string } }>(
      CREATE,
      {
        input: {
          email,
          displayName: 'Linus Pauling',
          timeZone: 'America/Los_Angeles',
          department: 'Research',
        },
      },
      admin.adminToken,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createEmployee.id;
  }

  const profileArrived = (id: string) => async () => {
    const res = await stack.query<EmployeeResult>(EMPLOYEE, { id }, admin.adminToken);
    return res.data?.employee?.mentorProfile ? res.data.employee : undefined;
  };

  it('creates an employee in identity and returns it with fields from identity and matching', async () => {
    const id = await createEmployee('linus@flow.example');
    const employee = await waitFor(profileArrived(id), { what: "matching's read model", timeoutMs: 30_000 });
    expect(employee).toMatchObject({
      id,
      email: 'linus@flow.example',
      displayName: 'Linus Pauling',
      timeZone: 'America/Los_Angeles',
      mentorProfile: { isMentor: false, expertise: [], capacityPerWeek: 0 },
    });
  });

  it('delivers the event exactly once into the read model across a relay crash and a duplicate send', async () => {
    const identity = stack.services.identity!;
    const matching = stack.services.matching!;
    await identity.restart({ OUTBOX_RELAY_ENABLED: 'false' }); // the relay is down while the employee is created
    const id = await createEmployee('rosalind@flow.example');
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      (await stack.query<EmployeeResult>(EMPLOYEE, { id }, admin.adminToken)).data!.employee!.mentorProfile,
    ).toBeNull();

    const collector = await collectMessages([`${stack.topicPrefix}.${Topics.employee}`]);
    await identity.kill('SIGKILL'); // a crash, no clean shutdown
    await identity.restart(); // the restarted relay finds the row still unpublished
    await waitFor(profileArrived(id), { what: 'the employee after the crash', timeoutMs: 30_000 });

    // The relay sent, but its commit is "lost": the row looks unpublished and goes out a second time.
    const eventId = await withClient(identity.ownerUrl, async (db) => {
      const rows = await db.query<{ event_id: string }>(
        `update outbox_events set published_at = null where message_key = $1 returning event_id`,
        [id],
      );
      return rows.rows[0].event_id;
    });
    const copies = await waitFor(
      () => {
        const found = collector.messages.filter(
          (m) => m.key === id && JSON.parse(m.value!).eventId === eventId,
        );
        return found.length >= 2 && found;
      },
      { what: 'the duplicate on the topic', timeoutMs: 30_000 },
    );
    await collector.stop();
    expect(copies.length).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 1000)); // give matching time to see the duplicate
    await withClient(matching.ownerUrl, async (db) => {
      const inbox = await db.query('select 1 from inbox_messages where event_id = $1', [eventId]);
      expect(inbox.rowCount).toBe(1);
      const entry = await db.query<{ version: number }>(
        'select version from employee_directory where id = $1',
        [id],
      );
      expect(entry.rows).toEqual([{ version: 1 }]);
    });
  });

  it('answers a call without a valid token with 401 and no data', async () => {
    const res = await stack.query<EmployeeResult>(EMPLOYEE, { id: randomUUID() });
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const forged = await stack.query<EmployeeResult>(EMPLOYEE, { id: randomUUID() }, `${admin.adminToken}x`);
    expect(forged.status).toBe(401);
  });

  it("returns not found, never data, for another tenant's employee", async () => {
    const other = await stack.createTenant(`other-${randomUUID().slice(0, 6)}`);
    const res = await stack.query<EmployeeResult>(
      EMPLOYEE,
      { id: await createEmployee('mine@flow.example') },
      other.adminToken,
    );
    expect(res.data!.employee).toBeNull();
  });

  it('names the field of invalid input', async () => {
    const res = await stack.query(
      CREATE,
      { input: { email: 'nope', displayName: 'X', timeZone: 'UTC' } },
      admin.adminToken,
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('rejects alias floods and oversized documents before they reach a subgraph', async () => {
    const flood = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const aliases = await stack.query(flood, {}, admin.adminToken);
    expect(aliases.status).toBe(400);
    expect(aliases.errors![0].message).toBe('more than 30 aliases in one query');
    const huge = `{ me { ${'id '.repeat(3000)} } }`;
    const tokens = await stack.query(huge, {}, admin.adminToken);
    expect(tokens.status).toBe(400);
    expect(tokens.errors![0].message).toMatch(/more that 2000 tokens/);
  });
});
