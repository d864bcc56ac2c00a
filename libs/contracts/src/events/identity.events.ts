import { z } from 'zod';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

const iana = z.string().min(1).max(64);
export const roleSchema = z.enum(['ORG_ADMIN', 'LD_MANAGER', 'MENTOR', 'EMPLOYEE', 'HR_INTEGRATION']);

export const employeeSkillSchema = z.object({
  skillId: z.string().uuid(),
  name: z.string(),
  level: z.number().int().min(1).max(5),
  source: z.enum(['HR', 'SELF', 'ENDORSED']),
});

/** Full snapshot: consumers replace their copy when the version is newer than the one they hold. */
export const employeeSnapshotSchema = z.object({
  id: z.string().uuid(),
  externalId: z.string().nullable(),
  email: z.string().email(),
  displayName: z.string(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  managerId: z.string().uuid().nullable(),
  timeZone: iana,
  locale: z.string(),
  languages: z.array(z.string()),
  status: z.enum(['ACTIVE', 'INACTIVE']),
  roles: z.array(roleSchema),
  skills: z.array(employeeSkillSchema),
});

export const EmployeeUpserted = defineEvent({
  type: 'employee.upserted',
  topic: Topics.employee,
  schemaVersion: 1,
  payload: employeeSnapshotSchema,
});

export const EmployeeDeactivated = defineEvent({
  type: 'employee.deactivated',
  topic: Topics.employee,
  schemaVersion: 1,
  payload: z.object({ id: z.string().uuid() }),
});

export const EmployeeErased = defineEvent({
  type: 'employee.erased',
  topic: Topics.employee,
  schemaVersion: 1,
  payload: z.object({ id: z.string().uuid() }),
});

export const TenantUpserted = defineEvent({
  type: 'tenant.upserted',
  topic: Topics.tenant,
  schemaVersion: 1,
  payload: z.object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    defaultTimeZone: iana,
    status: z.enum(['ACTIVE', 'SUSPENDED']),
  }),
});

/**
 * One skill of a tenant's catalog, for matching's text understanding (names, aliases, related skills).
 * Aggregate id = skill id; each publication replaces the previous one (version-checked).
 */
export const skillSnapshotSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(100),
  aliases: z.array(z.string()),
  category: z.string().nullable(),
  parentId: z.string().uuid().nullable(),
  related: z.array(z.object({ skillId: z.string().uuid(), strength: z.number().gt(0).max(1) })),
});

export const SkillUpserted = defineEvent({
  type: 'skill_catalog.skill_upserted',
  topic: Topics.skillCatalog,
  schemaVersion: 1,
  payload: skillSnapshotSchema,
});

/** The skill left the catalog; employees' levels in it are gone too (their snapshots follow). */
export const SkillDeleted = defineEvent({
  type: 'skill_catalog.skill_deleted',
  topic: Topics.skillCatalog,
  schemaVersion: 1,
  payload: z.object({ id: z.string().uuid() }),
});

export type EmployeeSnapshot = z.infer<typeof employeeSnapshotSchema>;
export type SkillSnapshot = z.infer<typeof skillSnapshotSchema>;
