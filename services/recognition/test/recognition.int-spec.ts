import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { withDatabase } from '@mentormesh/database';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { RecognitionUnderTest, startRecognition } from './recognition-app';

const GIVE = `mutation($input: GiveKudosInput!) { giveKudos(input: $input) { id fromId toId message createdAt to { id } } }`;
const EMPLOYEE = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Employee { id points badges { id } kudosReceived(page: { first: 10 }) { edges { node { id fromId message } } } }
  }
}`;

type Given = { giveKudos: { id: string; fromId: string; toId: string; message: string; to: { id: string } } };
type Recognized = {
  _entities: ({
    id: string;
    points: number;
    badges: unknown[];
    kudosReceived: { edges: { node: { id: string; fromId: string; message: string } }[] };
  } | null)[];
};

describe('recognition: kudos, points and erasure', () => {
  let recognition: RecognitionUnderTest;
  const acme = randomUUID();
  const globex = randomUUID();
  let ada: string;
  let bob: string;
  let adaToken: string;
  let kudosId: string;

  beforeAll(async () => {
    recognition = await startRecognition();
    ada = await recognition.publishEmployee(acme, { displayName: 'Ada' });
    bob = await recognition.publishEmployee(acme, { displayName: 'Bob' });
    adaToken = await recognition.tokenFor(acme, ada);
  });
  afterAll(() => recognition.close());

  const give = (input: Record<string, unknown>, token: string | null = adaToken) =>
    recognition.graphql<Given>(
      GIVE,
      { input: { toId: bob, message: 'Thanks for the code review!', ...input } },
      token ?? undefined,
    );
  const employee = (id: string, token: string | undefined) =>
    recognition.graphql<Recognized>(EMPLOYEE, { r: [{ __typename: 'Employee', id }] }, token);

  it('gives kudos once the colleague is known, credits points and publishes kudos.given', async () => {
    const collector = await collectMessages([`${recognition.topicPrefix}.${Topics.recognition}`]);
    const res = await waitFor(
      async () => {
        const attempt = await give({});
        return attempt.errors ? undefined : attempt;
      },
      { what: 'kudos accepted once employee.upserted is consumed' },
    );
    kudosId = res.data!.giveKudos.id;
    expect(res.data!.giveKudos).toMatchObject({ fromId: ada, toId: bob, to: { id: bob } });
    const message = await waitFor(() => collector.messages.find((m) => m.key === kudosId), {
      what: 'kudos.given',
    });
    await collector.stop();
    expect(JSON.parse(message.value!)).toMatchObject({
      type: 'kudos.given',
      tenantId: acme,
      payload: { id: kudosId, fromId: ada, toId: bob, points: 10 },
    });
    const bobs = await employee(bob, adaToken);
    expect(bobs.errors).toBeUndefined();
    expect(bobs.data!._entities[0]).toMatchObject({ id: bob, points: 10, badges: [] });
    expect(bobs.data!._entities[0]!.kudosReceived.edges.map((e) => e.node.id)).toEqual([kudosId]);
  });

  it.each([
    ['kudos to yourself', 'toId', () => ({ toId: ada })],
    ['kudos to an unknown colleague', 'toId', () => ({ toId: randomUUID() })],
    ['an empty message', 'message', () => ({ message: '' })],
    ['a message over 500 characters', 'message', () => ({ message: 'x'.repeat(501) })],
  ])('rejects %s, naming the field %s', async (_case, field, input) => {
    const res = await give(input());
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers calls without a token with UNAUTHENTICATED and no data', async () => {
    const mutation = await give({}, null);
    expect(mutation.data).toBeNull();
    expect(mutation.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const query = await employee(bob, undefined);
    expect(query.data?._entities?.[0] ?? null).toBeNull();
    expect(query.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("never shows one tenant another tenant's kudos or points", async () => {
    const res = await employee(bob, await recognition.tokenFor(globex, ada, ['ORG_ADMIN']));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toMatchObject({ points: 0, kudosReceived: { edges: [] } });
    const client = new Client({ connectionString: recognition.database.appUrl });
    await client.connect();
    try {
      expect((await client.query('select * from kudos')).rowCount).toBe(0);
      expect((await client.query('select * from points_ledger')).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('keeps the points ledger append-only', async () => {
    const client = new Client({ connectionString: recognition.database.appUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [acme]);
      await expect(client.query('update points_ledger set points = 1000')).rejects.toThrow(/append-only/);
      await client.query('rollback');
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [acme]);
      await expect(client.query('delete from points_ledger')).rejects.toThrow(/append-only/);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });

  it("erases a person's kudos and points when identity erases them", async () => {
    await recognition.publishErased(acme, bob);
    const after = await waitFor(
      async () => {
        const res = await employee(bob, adaToken);
        const bobs = res.data?._entities[0];
        return bobs && bobs.kudosReceived.edges.length === 0 && bobs.points === 0 ? bobs : undefined;
      },
      { what: 'kudos and points of bob erased' },
    );
    expect(after).toMatchObject({ points: 0, kudosReceived: { edges: [] } });
    const owner = new Client({
      connectionString: withDatabase(recognition.database.adminUrl, recognition.database.database),
    });
    await owner.connect();
    try {
      expect((await owner.query('select * from kudos where $1 in (from_id, to_id)', [bob])).rowCount).toBe(0);
      expect((await owner.query('select * from points_ledger where employee_id = $1', [bob])).rowCount).toBe(
        0,
      );
    } finally {
      await owner.end();
    }
  });

  it('reports ready when its database and Kafka answer', async () => {
    const res = await fetch(`${recognition.url}/health/ready`);
    expect(res.status).toBe(200);
  });
});
