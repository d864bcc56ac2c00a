import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics } from '@mentormesh/contracts';
import { withDatabase } from '@mentormesh/database';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { FeedbackUnderTest, startFeedback } from './feedback-app';

const SUBMIT = `mutation($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) { id sessionId subjectId rating comment createdAt }
}`;
const ON_SESSION = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Session { id feedback { id subjectId rating comment } } }
}`;

type Submitted = { submitFeedback: { id: string; rating: number; comment: string | null } };
type OnSession = {
  _entities: {
    id: string;
    feedback: { id: string; subjectId: string; rating: number; comment: string | null }[];
  }[];
};

describe('feedback: ratings between the participants of a session', () => {
  let feedback: FeedbackUnderTest;
  const acme = randomUUID();
  const globex = randomUUID();
  const [ada, bob, eve] = [randomUUID(), randomUUID(), randomUUID()];
  let sessionId: string;
  let feedbackId: string;
  let adaToken: string;
  let bobToken: string;

  beforeAll(async () => {
    feedback = await startFeedback();
    sessionId = await feedback.publishSessionBooked(acme, [
      { employeeId: ada, role: 'mentee' },
      { employeeId: bob, role: 'mentor' },
    ]);
    [adaToken, bobToken] = await Promise.all([feedback.tokenFor(acme, ada), feedback.tokenFor(acme, bob)]);
  });
  afterAll(() => feedback.close());

  const submit = (input: Record<string, unknown>, token: string | null = adaToken) =>
    feedback.graphql<Submitted>(
      SUBMIT,
      { input: { sessionId, subjectId: bob, rating: 5, ...input } },
      token ?? undefined,
    );
  const feedbackOn = (id: string, token: string) =>
    feedback.graphql<OnSession>(ON_SESSION, { r: [{ __typename: 'Session', id }] }, token);

  it('stores feedback once the session is known and publishes feedback.submitted', async () => {
    const collector = await collectMessages([`${feedback.topicPrefix}.${Topics.feedback}`]);
    const res = await waitFor(
      async () => {
        const attempt = await submit({ comment: 'Clear and kind' });
        return attempt.errors ? undefined : attempt;
      },
      { what: 'feedback accepted once session.booked is consumed' },
    );
    feedbackId = res.data!.submitFeedback.id;
    expect(res.data!.submitFeedback).toMatchObject({ rating: 5, comment: 'Clear and kind' });
    const message = await waitFor(() => collector.messages.find((m) => m.key === feedbackId), {
      what: 'feedback.submitted',
    });
    await collector.stop();
    expect(JSON.parse(message.value!)).toMatchObject({
      type: 'feedback.submitted',
      tenantId: acme,
      payload: { id: feedbackId, sessionId, authorId: ada, subjectId: bob, rating: 5, hasComment: true },
    });
  });

  it('shows Session.feedback only to its author and its subject', async () => {
    for (const token of [adaToken, bobToken]) {
      const res = await feedbackOn(sessionId, token);
      expect(res.data!._entities[0].feedback.map((f) => f.id)).toEqual([feedbackId]);
    }
    const outsider = await feedbackOn(sessionId, await feedback.tokenFor(acme, eve));
    expect(outsider.data!._entities[0].feedback).toEqual([]);
  });

  it.each([
    ['a rating of 6', 'rating', () => ({ rating: 6 })],
    ['feedback on yourself', 'subjectId', () => ({ subjectId: ada })],
    ['a subject who was not there', 'subjectId', () => ({ subjectId: eve })],
    ['an unknown session', 'sessionId', () => ({ sessionId: randomUUID() })],
  ])('rejects %s, naming the field %s', async (_case, field, input) => {
    const res = await submit(input());
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a second rating of the same person for the same session', async () => {
    const res = await submit({ rating: 1 });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FEEDBACK.ALREADY_GIVEN' });
  });

  it('answers calls without a token with UNAUTHENTICATED and no data', async () => {
    const mutation = await submit({}, null);
    expect(mutation.data).toBeNull();
    expect(mutation.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const query = await feedback.graphql<OnSession>(ON_SESSION, {
      r: [{ __typename: 'Session', id: sessionId }],
    });
    expect(query.data?._entities?.[0] ?? null).toBeNull();
    expect(query.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("never shows one tenant another tenant's feedback", async () => {
    const res = await feedbackOn(sessionId, await feedback.tokenFor(globex, ada, ['ORG_ADMIN']));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].feedback).toEqual([]);
    const client = new Client({ connectionString: feedback.database.appUrl });
    await client.connect();
    try {
      expect((await client.query('select * from feedback')).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('anonymizes what an erased employee wrote: the rating stays, author and comment go', async () => {
    await feedback.publishErased(acme, ada);
    const seen = await waitFor(
      async () => {
        const res = await feedbackOn(sessionId, bobToken);
        const item = res.data?._entities[0].feedback[0];
        return item && item.comment === null ? item : undefined;
      },
      { what: 'the comment erased' },
    );
    expect(seen).toMatchObject({ id: feedbackId, rating: 5, comment: null });
    const client = new Client({
      connectionString: withDatabase(feedback.database.adminUrl, feedback.database.database),
    });
    await client.connect();
    try {
      const rows = await client.query('select author_id, comment from feedback where id = $1', [feedbackId]);
      expect(rows.rows).toEqual([{ author_id: null, comment: null }]);
    } finally {
      await client.end();
    }
  });

  it('reports ready when its database and Kafka answer', async () => {
    const res = await fetch(`${feedback.url}/health/ready`);
    expect(res.status).toBe(200);
  });
});
