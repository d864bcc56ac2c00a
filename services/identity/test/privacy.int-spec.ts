import { randomUUID } from 'node:crypto';
import { Topics } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { IdentityUnderTest, startIdentity } from './identity-app';
import { SyncResult, UPSERT, createSkill, employeeWithRoles, gql } from './support/hris-fixture';

const EXPORT = `query($id: ID!) { exportEmployeeData(id: $id) { employeeId employee skills directReportIds integrationTokensCreated } }`;
const ERASE = `mutation($id: ID!) { eraseEmployee(id: $id) }`;

describe('identity: GDPR export and erasure', () => {
  let identity: IdentityUnderTest;
  let tenant: { tenantId: string; adminToken: string; slug: string };
  let ids: string[];

  beforeAll(async () => {
    identity = await startIdentity();
    const slug = `gdpr-${randomUUID().slice(0, 6)}`;
    tenant = { ...(await identity.createTenant(slug)), slug };
    await createSkill(identity, tenant.adminToken, { name: 'Rust' });
    const results = await gql<{ upsertEmployees: SyncResult[] }>(
      identity,
      UPSERT,
      {
        records: [
          {
            externalId: 'M-1',
            email: 'mia@gdpr.example',
            givenName: 'Mia',
            familyName: 'Manager',
            costCenter: 'CC-9',
            hireDate: '2020-02-03',
            skills: [{ name: 'rust', level: 4 }],
          },
          { externalId: 'R-1', email: 'rob@gdpr.example', managerExternalId: 'M-1' },
        ],
      },
      tenant.adminToken,
    );
    ids = results.upsertEmployees.map((r) => r.employeeId!);
  });
  afterAll(() => identity.close());

  it('exports everything identity holds to the employee themself and to ORG_ADMIN only', async () => {
    const mia = await identity.login(tenant.slug, 'mia@gdpr.example');
    const own = await gql<{ exportEmployeeData: Record<string, string | string[]> }>(
      identity,
      EXPORT,
      { id: ids[0] },
      mia,
    );
    const data = own.exportEmployeeData;
    expect(JSON.parse(data.employee as string)).toMatchObject({
      id: ids[0],
      external_id: 'M-1',
      email: 'mia@gdpr.example',
      given_name: 'Mia',
      cost_center: 'CC-9',
      hire_date: '2020-02-03',
    });
    expect(JSON.parse(data.skills as string)).toEqual([
      expect.objectContaining({ name: 'Rust', level: 4, source: 'HR' }),
    ]);
    expect(data.directReportIds).toEqual([ids[1]]);
    const byAdmin = await identity.graphql(EXPORT, { id: ids[0] }, tenant.adminToken);
    expect(byAdmin.errors).toBeUndefined();
    const rob = await identity.login(tenant.slug, 'rob@gdpr.example');
    const other = await identity.graphql(EXPORT, { id: ids[0] }, rob);
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('erases: personal data anonymized, skills gone, row id kept, employee.erased published', async () => {
    const ld = await employeeWithRoles(identity, tenant, 'ld@gdpr.example', ['LD_MANAGER']);
    expect((await identity.graphql(ERASE, { id: ids[0] }, ld.token)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const collector = await collectMessages([`${identity.topicPrefix}.${Topics.employee}`]);
    expect(
      (await gql<{ eraseEmployee: boolean }>(identity, ERASE, { id: ids[0] }, tenant.adminToken))
        .eraseEmployee,
    ).toBe(true);
    const erased = await waitFor(
      () =>
        collector.messages
          .map((m) => JSON.parse(m.value!))
          .find((e) => e.type === 'employee.erased' && e.aggregateId === ids[0]),
      { what: 'employee.erased' },
    );
    await collector.stop();
    expect(erased).toMatchObject({ tenantId: tenant.tenantId, payload: { id: ids[0] } });
    const after = await gql<{ exportEmployeeData: { employee: string; skills: string } }>(
      identity,
      EXPORT,
      { id: ids[0] },
      tenant.adminToken,
    );
    const row = JSON.parse(after.exportEmployeeData.employee);
    expect(row).toMatchObject({
      id: ids[0],
      status: 'ERASED',
      external_id: null,
      given_name: null,
      cost_center: null,
      hire_date: null,
      display_name: 'Erased employee',
    });
    expect(JSON.stringify(row)).not.toMatch(/mia|Mia|CC-9/);
    expect(JSON.parse(after.exportEmployeeData.skills)).toEqual([]);
    const login = await fetch(`${identity.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: tenant.slug, email: 'mia@gdpr.example' }),
    });
    expect(login.status).toBe(404);
    expect((await identity.graphql(ERASE, { id: ids[0] }, tenant.adminToken)).errors).toBeUndefined();
  });
});
