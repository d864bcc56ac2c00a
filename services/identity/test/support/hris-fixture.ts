import { IdentityUnderTest } from '../identity-app';

/** GraphQL helper that fails the test on errors, returning the data. */
export async function gql<T>(
  identity: IdentityUnderTest,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res = await identity.graphql<T>(query, variables, token);
  if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** Creates an employee with the given roles through createEmployee and signs them in (dev login). */
export async function employeeWithRoles(
  identity: IdentityUnderTest,
  tenant: { slug: string; adminToken: string },
  email: string,
  roles: string[],
): Promise<{ id: string; token: string }> {
  const data = await gql<{ createEmployee: { id: string } }>(
    identity,
    `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
    { input: { email, displayName: email.split('@')[0], timeZone: 'Europe/Berlin', roles } },
    tenant.adminToken,
  );
  return { id: data.createEmployee.id, token: await identity.login(tenant.slug, email) };
}

export const CREATE_SKILL = `mutation($input: SkillInput!) { createSkill(input: $input) { id name aliases version related { skillId strength } } }`;

export async function createSkill(
  identity: IdentityUnderTest,
  token: string,
  input: { name: string; aliases?: string[]; related?: { skillId: string; strength: number }[] },
): Promise<{ id: string; name: string }> {
  const data = await gql<{ createSkill: { id: string; name: string } }>(
    identity,
    CREATE_SKILL,
    { input },
    token,
  );
  return data.createSkill;
}

export const UPSERT = `mutation($records: [EmployeeRecordInput!]!) {
  upsertEmployees(records: $records) { index externalId employeeId status reason field }
}`;

export interface SyncResult {
  index: number;
  externalId: string | null;
  employeeId: string | null;
  status: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'ERROR';
  reason: string | null;
  field: string | null;
}
