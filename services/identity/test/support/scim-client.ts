import { IdentityUnderTest } from '../identity-app';
import { gql } from './hris-fixture';

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const MENTORMESH = 'urn:mentormesh:params:scim:schemas:extension:2.0:User';

export interface ScimResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & {
    id?: string;
    detail?: string;
    scimType?: string;
    totalResults?: number;
    Resources?: Record<string, unknown>[];
  };
}

/** A SCIM client as an HR system is one: bearer integration token, application/scim+json. */
export function scimClient(identity: IdentityUnderTest, token?: string) {
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ScimResponse> => {
    const res = await fetch(`${identity.url}/scim/v2${path}`, {
      method,
      headers: {
        accept: 'application/scim+json',
        ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
  };
}

export async function createIntegrationToken(
  identity: IdentityUnderTest,
  adminToken: string,
  scopes: string[],
): Promise<{ id: string; secret: string }> {
  const data = await gql<{ createIntegrationToken: { token: { id: string }; secret: string } }>(
    identity,
    `mutation($input: CreateIntegrationTokenInput!) { createIntegrationToken(input: $input) { token { id } secret } }`,
    { input: { name: `HR ${scopes.join(' ')}`, scopes } },
    adminToken,
  );
  return { id: data.createIntegrationToken.token.id, secret: data.createIntegrationToken.secret };
}

export function scimUser(userName: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
    userName,
    name: { givenName: 'Given', familyName: 'Family' },
    emails: [{ value: userName, type: 'work', primary: true }],
    active: true,
    ...extra,
  };
}
