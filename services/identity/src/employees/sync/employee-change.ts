import type { Role } from '@mentormesh/auth';
import type { DomainError } from '@mentormesh/graphql';
import type { EmployeeSkillState, EmployeeState, SkillSource } from '../domain/employee-state';
import type { ChangeKind } from '../domain/plan-employee-change';

/** Which employee a change is about: by HR id (upsert), by our id (update), or a new one. */
export type EmployeeKey =
  | { readonly externalId: string }
  | { readonly id: string }
  | { readonly create: true };

export type ManagerRef = { readonly externalId: string } | { readonly id: string } | null;

/** The desired state of an employee; `roles` and `skills` left out keep what is stored. */
export interface DesiredEmployee extends Omit<EmployeeState, 'managerId' | 'skills' | 'roles' | 'userName'> {
  readonly manager: ManagerRef;
  readonly userName?: string | null;
  readonly roles?: readonly Role[];
  readonly skills?: { readonly source: SkillSource; readonly list: readonly EmployeeSkillState[] };
}

export interface EmployeeChange {
  readonly key: EmployeeKey;
  readonly desired: DesiredEmployee;
  /** Only write over this version (SCIM If-Match). */
  readonly ifVersion?: number;
  /** Field name for manager errors as the caller named it (managerId, managerExternalId, manager.value). */
  readonly managerField?: string;
}

export type ChangeOutcome =
  | {
      readonly ok: true;
      readonly id: string;
      readonly kind: ChangeKind;
      readonly version: number;
      /** The manager's external id did not resolve yet: saved without a manager. */
      readonly managerUnresolved?: string;
    }
  | { readonly ok: false; readonly error: DomainError };

/** A change that keeps everything as stored: the base for targeted updates (skills, roles, refresh). */
export function desiredFromState(state: EmployeeState): DesiredEmployee {
  const { managerId, skills: _skills, ...fields } = state;
  return { ...fields, manager: managerId ? { id: managerId } : null };
}
