/** SCIM schema URNs this server speaks. */
export const SCIM = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  mentormesh: 'urn:mentormesh:params:scim:schemas:extension:2.0:User',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

export const SCIM_MEDIA_TYPE = 'application/scim+json';
export const MAX_PAGE = 200;

type Attr = Record<string, unknown>;

const attr = (name: string, type = 'string', extra: Attr = {}): Attr => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

const complex = (name: string, subAttributes: Attr[], extra: Attr = {}): Attr =>
  attr(name, 'complex', { subAttributes, ...extra });

/** The attributes of each schema, as GET /Schemas describes them (only what is stored). */
export const SCHEMA_ATTRIBUTES: Record<string, { name: string; description: string; attributes: Attr[] }> = {
  [SCIM.user]: {
    name: 'User',
    description: 'An employee',
    attributes: [
      attr('userName', 'string', { required: true, uniqueness: 'server' }),
      complex('name', [attr('givenName'), attr('familyName'), attr('formatted')]),
      attr('displayName'),
      attr('title'),
      attr('locale'),
      attr('timezone'),
      attr('active', 'boolean'),
      complex('emails', [attr('value'), attr('type'), attr('primary', 'boolean')], { multiValued: true }),
    ],
  },
  [SCIM.enterprise]: {
    name: 'EnterpriseUser',
    description: 'Enterprise User',
    attributes: [
      attr('employeeNumber'),
      attr('department'),
      attr('costCenter'),
      complex('manager', [attr('value'), attr('displayName', 'string', { mutability: 'readOnly' })]),
    ],
  },
  [SCIM.mentormesh]: {
    name: 'MentorMeshUser',
    description: 'MentorMesh: skills, spoken languages, location, hire date',
    attributes: [
      complex(
        'skills',
        [attr('name', 'string', { required: true }), attr('level', 'integer', { required: true })],
        {
          multiValued: true,
        },
      ),
      attr('languages', 'string', { multiValued: true }),
      attr('location'),
      attr('hireDate', 'string'),
    ],
  },
};

export function serviceProviderConfig(baseUrl: string): Record<string, unknown> {
  return {
    schemas: [SCIM.serviceProviderConfig],
    documentationUri: `${baseUrl}/ServiceProviderConfig`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Integration token',
        description: 'Authorization: Bearer <integration token with the scim:users scope>',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function userResourceType(baseUrl: string): Record<string, unknown> {
  return {
    schemas: [SCIM.resourceType],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'Employees',
    schema: SCIM.user,
    schemaExtensions: [
      { schema: SCIM.enterprise, required: false },
      { schema: SCIM.mentormesh, required: false },
    ],
    meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
  };
}

export function schemaDocument(id: string, baseUrl: string): Record<string, unknown> | undefined {
  const schema = SCHEMA_ATTRIBUTES[id];
  if (!schema) return undefined;
  return {
    schemas: [SCIM.schema],
    id,
    ...schema,
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${id}` },
  };
}
