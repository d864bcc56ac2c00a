/** What an integration token may do. */
export const INTEGRATION_SCOPES = ['scim:users', 'employees:sync'] as const;
export type IntegrationScope = (typeof INTEGRATION_SCOPES)[number];
