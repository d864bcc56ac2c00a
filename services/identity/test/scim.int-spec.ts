import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { IdentityUnderTest, startIdentity } from './identity-app';
import { createSkill, gql } from './support/hris-fixture';
import { ENTERPRISE, MENTORMESH, createIntegrationToken, scimClient, scimUser } from './support/scim-client';

describe('identity: SCIM 2.0 /scim/v2', () => {
  let identity: IdentityUnderTest;
  let acme: { tenantId: string; adminToken: string };
  let scim: ReturnType<typeof scimClient>;
  let db: Client;

  beforeAll(async () => {
    identity = await startIdentity();
    acme = await identity.createTenant(`scim-${randomUUID().slice(0, 6)}`);
    scim = scimClient(
      identity,
      (await createIntegrationToken(identity, acme.adminToken, ['scim:users'])).secret,
    );
    await createSkill(identity, acme.adminToken, { name: 'TypeScript', aliases: ['ts'] });
    db = new Client({
      connectionString: identity.database.adminUrl.replace(/\/[^/]*$/, `/${identity.database.database}`),
    });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await identity.close();
  });

  it('describes itself: ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    const config = await scim('GET', '/ServiceProviderConfig');
    expect(config.status).toBe(200);
    expect(config.headers.get('content-type')).toMatch(/^application\/scim\+json/);
    expect(config.body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      etag: { supported: true },
    });
    const types = await scim('GET', '/ResourceTypes');
    expect(types.body.Resources![0]).toMatchObject({ id: 'User', endpoint: '/Users' });
    const schemas = await scim('GET', '/Schemas');
    expect(schemas.body.Resources!.map((s) => s.id)).toEqual(
      expect.arrayContaining(['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE, MENTORMESH]),
    );
    expect((await scim('GET', `/Schemas/${MENTORMESH}`)).status).toBe(200);
  });

  it('provisions like Okta: look up by filter, create, find by userName, externalId and work email', async () => {
    const missing = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "grace@acme.example"')}`,
    );
    expect(missing.body).toMatchObject({ totalResults: 0, Resources: [] });
    const created = await scim(
      'POST',
      '/Users',
      scimUser('grace@acme.example', {
        externalId: '00u-grace',
        title: 'Rear Admiral',
        timezone: 'America/New_York',
        [ENTERPRISE]: { employeeNumber: '1906', department: 'Navy', costCenter: 'CC-1' },
        [MENTORMESH]: {
          skills: [{ name: 'TS', level: 5 }],
          languages: ['en'],
          location: 'Arlington',
          hireDate: '1943-12-01',
        },
      }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('W/"1"');
    expect(created.headers.get('location')).toMatch(new RegExp(`/scim/v2/Users/${created.body.id}$`));
    expect(created.body).toMatchObject({
      userName: 'grace@acme.example',
      externalId: '00u-grace',
      active: true,
      timezone: 'America/New_York',
      [ENTERPRISE]: { employeeNumber: '1906', department: 'Navy', costCenter: 'CC-1' },
      [MENTORMESH]: {
        skills: [{ name: 'TypeScript', level: 5, source: 'HR' }],
        location: 'Arlington',
        hireDate: '1943-12-01',
      },
      meta: { resourceType: 'User', version: 'W/"1"' },
    });
    for (const filter of [
      'userName eq "GRACE@acme.example"',
      'externalId eq "00u-grace"',
      'emails.value eq "grace@acme.example"',
      'emails[type eq "work"].value eq "grace@acme.example"',
    ]) {
      const found = await scim('GET', `/Users?filter=${encodeURIComponent(filter)}`);
      expect([filter, found.body.totalResults, found.body.Resources![0]?.id]).toEqual([
        filter,
        1,
        created.body.id,
      ]);
    }
    const employee = await gql<{ employee: { email: string; timeZone: string } }>(
      identity,
      `query($id: ID!) { employee(id: $id) { email timeZone } }`,
      { id: created.body.id },
      acme.adminToken,
    );
    expect(employee.employee).toEqual({ email: 'grace@acme.example', timeZone: 'America/New_York' });
  });

  it('pages with startIndex and count', async () => {
    for (const n of [1, 2, 3])
      expect((await scim('POST', '/Users', scimUser(`page${n}@acme.example`))).status).toBe(201);
    const all = await scim('GET', '/Users?count=200');
    const page = await scim('GET', '/Users?startIndex=2&count=2');
    expect(page.body).toMatchObject({ totalResults: all.body.totalResults, startIndex: 2, itemsPerPage: 2 });
    expect(page.body.Resources!.map((r) => r.id)).toEqual(all.body.Resources!.slice(1, 3).map((r) => r.id));
  });

  it("patches like Entra ID: capitalized ops, path-less values, active as 'False', manager by id", async () => {
    const boss = await scim('POST', '/Users', scimUser('boss@acme.example', { externalId: 'aad-boss' }));
    const user = await scim(
      'POST',
      '/Users',
      scimUser('upn.ada@acme.example', {
        externalId: 'aad-ada',
        emails: [{ value: 'ada@acme.example', type: 'work', primary: true }],
      }),
    );
    expect(user.body.userName).toBe('upn.ada@acme.example');
    const patched = await scim('PATCH', `/Users/${user.body.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'displayName', value: 'Ada L.' },
        { op: 'Replace', value: { 'name.givenName': 'Augusta', title: 'Analyst' } },
        { op: 'Add', path: `${ENTERPRISE}:manager`, value: boss.body.id },
        { op: 'Replace', path: 'active', value: 'False' },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      displayName: 'Ada L.',
      title: 'Analyst',
      name: { givenName: 'Augusta', familyName: 'Family' },
      active: false,
      [ENTERPRISE]: { manager: { value: boss.body.id } },
      meta: { version: 'W/"2"' },
    });
    const events = await db.query(`select event_type from outbox_events where message_key = $1 order by id`, [
      user.body.id,
    ]);
    expect(events.rows.map((r) => r.event_type)).toEqual([
      'employee.upserted',
      'employee.upserted',
      'employee.deactivated',
    ]);
    const same = await scim('PATCH', `/Users/${user.body.id}`, {
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(same.headers.get('etag')).toBe('W/"2"');
  });

  it('replaces with PUT, honouring If-Match with 412 on a stale version', async () => {
    const user = await scim('POST', '/Users', scimUser('put@acme.example'));
    const url = `/Users/${user.body.id}`;
    const updated = await scim('PUT', url, scimUser('put@acme.example', { title: 'Lead' }), {
      'if-match': 'W/"1"',
    });
    expect([updated.status, updated.headers.get('etag'), updated.body.title]).toEqual([200, 'W/"2"', 'Lead']);
    const stale = await scim('PUT', url, scimUser('put@acme.example', { title: 'Stale' }), {
      'if-match': 'W/"1"',
    });
    expect(stale.status).toBe(412);
    expect(stale.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect((await scim('GET', url)).body.title).toBe('Lead');
  });

  it('soft-deletes with DELETE: the user stays, inactive', async () => {
    const user = await scim('POST', '/Users', scimUser('leaver@acme.example'));
    expect((await scim('DELETE', `/Users/${user.body.id}`)).status).toBe(204);
    const after = await scim('GET', `/Users/${user.body.id}`);
    expect([after.status, after.body.active]).toEqual([200, false]);
  });

  it('answers bad requests with SCIM errors naming the attribute, and stores nothing', async () => {
    const duplicate = await scim('POST', '/Users', scimUser('grace@acme.example'));
    expect([duplicate.status, duplicate.body.scimType, duplicate.body.status]).toEqual([
      409,
      'uniqueness',
      '409',
    ]);
    const badZone = await scim('POST', '/Users', scimUser('zone@acme.example', { timezone: 'Mars/Olympus' }));
    expect([badZone.status, badZone.body.scimType]).toEqual([400, 'invalidValue']);
    expect(badZone.body.detail).toMatch(/^timezone:/);
    const badSkill = await scim(
      'POST',
      '/Users',
      scimUser('skill@acme.example', { [MENTORMESH]: { skills: [{ name: 'Cobol', level: 2 }] } }),
    );
    expect(badSkill.body.detail).toMatch(/skills\.0\.name/);
    const noUserName = await scim('POST', '/Users', { schemas: [], emails: [] });
    expect(noUserName.body.detail).toMatch(/^userName/);
    const filter = await scim('GET', `/Users?filter=${encodeURIComponent('title co "x"')}`);
    expect([filter.status, filter.body.scimType]).toEqual([400, 'invalidFilter']);
    expect((await scim('GET', `/Users/${randomUUID()}`)).status).toBe(404);
    expect((await scim('GET', '/Users/not-a-uuid')).status).toBe(404);
    const stored = await db.query(
      `select email from employees where email in ('zone@acme.example', 'skill@acme.example')`,
    );
    expect(stored.rowCount).toBe(0);
  });
});
