import { z } from 'zod';
import { IANAZone } from 'luxon';
import type { StoredEmployee } from '../employees/employee-sync.repository';
import { invalidValue } from './scim.errors';
import { SCIM } from './scim-schemas';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), text(max).nullish());
/** Entra sends booleans as "True"/"False" strings. */
const scimBoolean = z.preprocess(
  (v) => (typeof v === 'string' && /^(true|false)$/i.test(v) ? v.toLowerCase() === 'true' : v),
  z.boolean(),
);

const userSchema = z.object({
  userName: text(200),
  externalId: optionalText(200),
  displayName: optionalText(200),
  title: optionalText(200),
  locale: z.preprocess(
    (v) => (v === '' ? null : v),
    z
      .string()
      .regex(/^[a-z]{2}([-_][A-Z]{2})?$/, 'must be a locale such as en or de-DE')
      .nullish(),
  ),
  timezone: z
    .string()
    .refine((v) => (v.includes('/') || v === 'UTC') && IANAZone.isValidZone(v), 'must be an IANA time zone')
    .nullish(),
  active: scimBoolean.nullish(),
  name: z
    .object({ givenName: optionalText(100), familyName: optionalText(100), formatted: optionalText(200) })
    .nullish(),
  emails: z
    .array(
      z.object({
        value: z.string().trim().email(),
        type: z.string().nullish(),
        primary: scimBoolean.nullish(),
      }),
    )
    .nullish(),
  [SCIM.enterprise]: z
    .object({
      employeeNumber: optionalText(100),
      department: optionalText(200),
      costCenter: optionalText(100),
      manager: z
        .union([z.string(), z.object({ value: z.string().nullish() })])
        .nullish()
        .transform((m) => (typeof m === 'string' ? m : (m?.value ?? null)) || null),
    })
    .nullish(),
  [SCIM.mentormesh]: z
    .object({
      skills: z
        .array(z.object({ name: text(100), level: z.coerce.number().int().min(1).max(5) }))
        .max(100)
        .nullish(),
      languages: z
        .array(z.string().regex(/^[a-z]{2,3}$/, 'must be ISO 639 codes such as en'))
        .max(20)
        .nullish(),
      location: optionalText(200),
      hireDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2021-04-01')
        .nullish(),
    })
    .nullish(),
});

/** A SCIM User as the rest of identity needs it: plain fields, a manager reference, skills by name. */
export interface ScimUserFields {
  readonly userName: string;
  readonly email: string;
  readonly externalId: string | null;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly title: string | null;
  readonly locale: string | null;
  readonly timeZone: string | null;
  readonly active: boolean;
  readonly employeeNumber: string | null;
  readonly department: string | null;
  readonly costCenter: string | null;
  readonly managerValue: string | null;
  readonly skills: readonly { name: string; level: number }[] | undefined;
  readonly languages: readonly string[];
  readonly location: string | null;
  readonly hireDate: string | null;
}

/** Validates a SCIM User body (POST, PUT, or a patched resource); errors name the attribute. */
export function readScimUser(body: unknown): ScimUserFields {
  const parsed = userSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidValue(`${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  const u = parsed.data;
  const enterprise = u[SCIM.enterprise];
  const mm = u[SCIM.mentormesh];
  const emails = u.emails ?? [];
  const email =
    (emails.find((e) => e.type === 'work') ?? emails.find((e) => e.primary) ?? emails[0])?.value ??
    u.userName;
  if (!z.string().email().safeParse(email).success)
    throw invalidValue('emails: a work email is required when userName is not an email address');
  const givenName = u.name?.givenName ?? null;
  const familyName = u.name?.familyName ?? null;
  return {
    userName: u.userName,
    email,
    externalId: u.externalId ?? null,
    displayName:
      u.displayName ?? u.name?.formatted ?? ([givenName, familyName].filter(Boolean).join(' ') || u.userName),
    givenName,
    familyName,
    title: u.title ?? null,
    locale: u.locale ? u.locale.replace('_', '-') : null,
    timeZone: u.timezone ?? null,
    active: u.active ?? true,
    employeeNumber: enterprise?.employeeNumber ?? null,
    department: enterprise?.department ?? null,
    costCenter: enterprise?.costCenter ?? null,
    managerValue: enterprise?.manager ?? null,
    skills: mm?.skills ?? undefined,
    languages: mm?.languages ?? [],
    location: mm?.location ?? null,
    hireDate: mm?.hireDate ?? null,
  };
}

/** The SCIM representation of a stored employee. */
export function toScimUser(employee: StoredEmployee, baseUrl: string): Record<string, unknown> {
  const s = employee.state;
  return {
    schemas: [SCIM.user, SCIM.enterprise, SCIM.mentormesh],
    id: employee.id,
    ...(s.externalId ? { externalId: s.externalId } : {}),
    userName: s.userName ?? s.email,
    name: {
      ...(s.givenName ? { givenName: s.givenName } : {}),
      ...(s.familyName ? { familyName: s.familyName } : {}),
      formatted: s.displayName,
    },
    displayName: s.displayName,
    ...(s.title ? { title: s.title } : {}),
    locale: s.locale,
    timezone: s.timeZone,
    active: s.status === 'ACTIVE',
    emails: [{ value: s.email, type: 'work', primary: true }],
    [SCIM.enterprise]: {
      ...(s.employeeNumber ? { employeeNumber: s.employeeNumber } : {}),
      ...(s.department ? { department: s.department } : {}),
      ...(s.costCenter ? { costCenter: s.costCenter } : {}),
      ...(s.managerId ? { manager: { value: s.managerId, $ref: `${baseUrl}/Users/${s.managerId}` } } : {}),
    },
    [SCIM.mentormesh]: {
      skills: s.skills.map((k) => ({ name: k.name, level: k.level, source: k.source })),
      languages: s.languages,
      ...(s.location ? { location: s.location } : {}),
      ...(s.hireDate ? { hireDate: s.hireDate } : {}),
    },
    meta: {
      resourceType: 'User',
      created: employee.createdAt.toISOString(),
      lastModified: employee.updatedAt.toISOString(),
      location: `${baseUrl}/Users/${employee.id}`,
      version: etagOf(employee.version),
    },
  };
}

export function etagOf(version: number): string {
  return `W/"${version}"`;
}
