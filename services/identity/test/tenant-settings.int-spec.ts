import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { IdentityUnderTest, startIdentity } from './identity-app';
import { employeeWithRoles, gql } from './support/hris-fixture';

const UPDATE = `mutation($input: UpdateTenantInput!) {
  updateTenant(input: $input) { name defaultTimeZone locale mentoring { sessionLengths maxSessionsPerMentorPerWeek crossDepartmentMatching selfDeclaredSkills } }
}`;

describe('identity: tenant profile and mentoring settings', () => {
  let identity: IdentityUnderTest;
  let tenant: { tenantId: string; adminToken: string; slug: string };

  beforeAll(async () => {
    identity = await startIdentity();
    const slug = `set-${randomUUID().slice(0, 6)}`;
    tenant = { ...(await identity.createTenant(slug)), slug };
  });
  afterAll(() => identity.close());

  it('starts with default settings, and ORG_ADMIN changes them with a tenant.upserted event', async () => {
    const before = await gql<{ tenant: { mentoring: { sessionLengths: number[] } } }>(
      identity,
      `{ tenant { mentoring { sessionLengths } } }`,
      {},
      tenant.adminToken,
    );
    expect(before.tenant.mentoring.sessionLengths).toEqual([15, 30]);
    const mentoring = {
      sessionLengths: [30, 5, 30],
      maxSessionsPerMentorPerWeek: 5,
      crossDepartmentMatching: false,
      selfDeclaredSkills: true,
    };
    const updated = await gql<{ updateTenant: unknown }>(
      identity,
      UPDATE,
      { input: { name: 'Renamed', defaultTimeZone: 'Asia/Tokyo', locale: 'ja', mentoring } },
      tenant.adminToken,
    );
    expect(updated.updateTenant).toEqual({
      name: 'Renamed',
      defaultTimeZone: 'Asia/Tokyo',
      locale: 'ja',
      mentoring: { ...mentoring, sessionLengths: [5, 30] },
    });
    const db = new Client({
      connectionString: identity.database.adminUrl.replace(/\/[^/]*$/, `/${identity.database.database}`),
    });
    await db.connect();
    try {
      const events = await db.query(
        `select (envelope->>'aggregateVersion')::int as version, envelope->'payload'->>'name' as name from outbox_events
         where event_type = 'tenant.upserted' and tenant_id = $1 order by id`,
        [tenant.tenantId],
      );
      expect(events.rows).toEqual([
        { version: 1, name: `Org ${tenant.slug}` },
        { version: 2, name: 'Renamed' },
      ]);
    } finally {
      await db.end();
    }
  });

  it('names the invalid field, and lets only ORG_ADMIN change settings', async () => {
    const bad = await identity.graphql(
      UPDATE,
      {
        input: {
          mentoring: {
            sessionLengths: [7],
            maxSessionsPerMentorPerWeek: 1,
            crossDepartmentMatching: true,
            selfDeclaredSkills: true,
          },
        },
      },
      tenant.adminToken,
    );
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mentoring.sessionLengths',
    });
    const ld = await employeeWithRoles(identity, tenant, 'ld@set.example', ['LD_MANAGER']);
    const denied = await identity.graphql(UPDATE, { input: { name: 'Nope' } }, ld.token);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const now = await gql<{ tenant: { name: string } }>(identity, `{ tenant { name } }`, {}, ld.token);
    expect(now.tenant.name).toBe('Renamed');
  });

  it('refuses self-declared skills when the organization turned them off', async () => {
    const off = {
      sessionLengths: [15],
      maxSessionsPerMentorPerWeek: 2,
      crossDepartmentMatching: true,
      selfDeclaredSkills: false,
    };
    await gql(identity, UPDATE, { input: { mentoring: off } }, tenant.adminToken);
    const me = await employeeWithRoles(identity, tenant, 'self@set.example', ['EMPLOYEE']);
    const res = await identity.graphql(
      `mutation { setMySkills(input: { skills: [] }) { name } }`,
      {},
      me.token,
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
