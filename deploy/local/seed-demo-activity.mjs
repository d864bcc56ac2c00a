#!/usr/bin/env node
// Gives the demo organization's mentors what the other services own, through the public API only (dev login +
// gateway), the way a real organization would fill it in: a mentor profile in matching (bio, topics from their
// skills, formats, lengths, capacity) and weekly availability in scheduling, in each mentor's own time zone.
// Idempotent: re-running sets the same values. Usage: seed-demo-activity.mjs <tenant-slug> [identity-url] [gateway-url]
const [tenant = 'demo', identityUrl = 'http://127.0.0.1:4001', gatewayUrl = 'http://127.0.0.1:4000'] =
  process.argv.slice(2);
const ADMIN = `admin@${tenant}.mentormesh.dev`;

async function login(email) {
  const res = await fetch(`${identityUrl}/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, email }),
  });
  if (!res.ok) throw new Error(`dev login for ${email}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

async function graphql(token, query, variables) {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** The services learn about employees from events: retry until the read models have caught up. */
async function eventually(what, work, attempts = 60) {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (error) {
      if (i >= attempts) throw new Error(`${what}: ${error.message}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const EMPLOYEES = `query($after: String) { employees(page: { first: 100, after: $after }) {
  edges { node { id email displayName department title timeZone roles skills { name level } } }
  pageInfo { hasNextPage endCursor } } }`;
const PROFILE = `mutation($input: UpdateMentorProfileInput!) { updateMyMentorProfile(input: $input) { isMentor } }`;
const AVAILABILITY = `mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { employeeId } }`;

const admin = await login(ADMIN);
const mentors = [];
for (let after = null; ; ) {
  const { employees } = await graphql(admin, EMPLOYEES, { after });
  mentors.push(...employees.edges.map((e) => e.node).filter((n) => n.roles.includes('MENTOR')));
  if (!employees.pageInfo.hasNextPage) break;
  after = employees.pageInfo.endCursor;
}

let done = 0;
for (const [i, mentor] of mentors.entries()) {
  const token = await login(mentor.email);
  const strongest = [...mentor.skills]
    .sort((a, b) => b.level - a.level)
    .slice(0, 3)
    .map((s) => s.name);
  const profile = {
    isMentor: true,
    bio: `${mentor.title ?? 'Colleague'} in ${mentor.department ?? 'the company'}. Happy to help with ${
      strongest.join(', ') || 'getting started here'
    }: bring one concrete question.`,
    topics: strongest,
    formats: i % 3 === 0 ? ['VIDEO_CALL', 'CHAT'] : ['VIDEO_CALL', 'IN_PERSON'],
    sessionLengths: i % 2 === 0 ? [15, 30] : [5, 15, 30, 60],
    capacityPerWeek: 2 + (i % 4),
  };
  const weekdays = i % 2 === 0 ? [2, 4] : [1, 3, 5];
  const start = ['09:00', '11:00', '14:00', '16:00'][i % 4];
  const end = ['11:00', '12:30', '16:00', '17:30'][i % 4];
  const availability = {
    timeZone: mentor.timeZone,
    weekly: [{ weekdays, start, end }],
    bufferAfterMinutes: 5,
    sessionLengths: profile.sessionLengths,
    maxSessionsPerDay: 3,
  };
  await eventually(`mentor profile of ${mentor.email}`, () => graphql(token, PROFILE, { input: profile }));
  await eventually(`availability of ${mentor.email}`, () =>
    graphql(token, AVAILABILITY, { input: availability }),
  );
  done += 1;
}
process.stdout.write(`${JSON.stringify({ tenant, mentorsWithProfileAndAvailability: done })}\n`);
