import { createHash } from 'node:crypto';
import type { EmployeeSnapshot } from '@mentormesh/contracts';
import type { Role } from '@mentormesh/auth';

export type SkillSource = 'HR' | 'SELF' | 'ENDORSED';
export type EmployeeStatus = 'ACTIVE' | 'INACTIVE' | 'ERASED';

export interface EmployeeSkillState {
  readonly skillId: string;
  readonly name: string;
  readonly level: number;
  readonly source: SkillSource;
}

/** Everything identity stores about a living employee, as a write sets it. */
export interface EmployeeState {
  readonly externalId: string | null;
  readonly employeeNumber: string | null;
  readonly email: string;
  /** SCIM userName when it differs from the email. */
  readonly userName: string | null;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly title: string | null;
  readonly department: string | null;
  readonly costCenter: string | null;
  readonly managerId: string | null;
  readonly location: string | null;
  readonly timeZone: string;
  readonly locale: string;
  readonly languages: readonly string[];
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly roles: readonly Role[];
  readonly hireDate: string | null;
  readonly skills: readonly EmployeeSkillState[];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Digest of a normalized state: fields in a fixed order, so equal data always gives an equal digest. */
export function stateDigest(s: EmployeeState): string {
  return sha256(
    JSON.stringify([
      s.externalId,
      s.employeeNumber,
      s.email,
      s.userName,
      s.displayName,
      s.givenName,
      s.familyName,
      s.title,
      s.department,
      s.costCenter,
      s.managerId,
      s.location,
      s.timeZone,
      s.locale,
      s.languages,
      s.status,
      s.roles,
      s.hireDate,
      s.skills.map((k) => [k.skillId, k.name, k.level, k.source]),
    ]),
  );
}

/** Digest of a snapshot built by snapshotOf (which always lays its keys out in the same order). */
export function snapshotDigest(snapshot: EmployeeSnapshot): string {
  return sha256(JSON.stringify(snapshot));
}

/** Skills in a stable order (by id), roles sorted: order in the input is not a change. */
export function normalizeState(state: EmployeeState): EmployeeState {
  return {
    ...state,
    email: state.email.trim(),
    roles: [...new Set(state.roles)].sort(),
    skills: [...state.skills].sort((a, b) => (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0)),
  };
}

/** What other services learn about an employee: identity's event-carried state. */
export function snapshotOf(id: string, state: EmployeeState): EmployeeSnapshot {
  return {
    id,
    externalId: state.externalId,
    email: state.email,
    displayName: state.displayName,
    title: state.title,
    department: state.department,
    managerId: state.managerId,
    timeZone: state.timeZone,
    locale: state.locale,
    languages: [...state.languages],
    status: state.status,
    roles: [...state.roles],
    skills: state.skills.map((s) => ({ skillId: s.skillId, name: s.name, level: s.level, source: s.source })),
  };
}

/**
 * Replaces the skills of one source with `list`. HR is authoritative: an HR level replaces the employee's
 * own for the same skill, while a self-declared level never overrides an HR or endorsed one.
 */
export function mergeSkills(
  current: readonly EmployeeSkillState[],
  list: readonly EmployeeSkillState[],
  source: SkillSource,
): EmployeeSkillState[] {
  const others = current.filter((s) => s.source !== source);
  if (source === 'HR') {
    const named = new Set(list.map((s) => s.skillId));
    return [...list, ...others.filter((s) => !named.has(s.skillId))];
  }
  const taken = new Set(others.map((s) => s.skillId));
  return [...others, ...list.filter((s) => !taken.has(s.skillId))];
}
