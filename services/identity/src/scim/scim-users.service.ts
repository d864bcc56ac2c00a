import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError } from '@mentormesh/graphql';
import { EmployeeSkillState } from '../employees/domain/employee-state';
import { EmployeeSyncRepository, StoredEmployee } from '../employees/employee-sync.repository';
import { EmployeeChange, EmployeeKey, desiredFromState } from '../employees/sync/employee-change';
import { EmployeeChangeApplier } from '../employees/sync/employee-change.applier';
import { buildSkillNameIndex } from '../skills/domain/skill-name-index';
import { SkillRepository } from '../skills/skill.repository';
import { TenantRepository } from '../tenants/tenant.repository';
import { invalidValue } from './scim.errors';
import { UserCriterion } from './scim-filter';
import { applyPatch } from './scim-patch';
import { ScimUserFields, readScimUser, toScimUser } from './scim-user.mapper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SCIM Users over identity's employees; writes go through the same applier as every other write. */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly employees: EmployeeSyncRepository,
    private readonly applier: EmployeeChangeApplier,
    private readonly tenants: TenantRepository,
    private readonly skills: SkillRepository,
  ) {}

  list(tenantId: string, where: UserCriterion | null, startIndex: number, count: number) {
    return this.transactions.run(tenantId, (m) =>
      this.employees.search(m, tenantId, where, startIndex - 1, count),
    );
  }

  get(tenantId: string, id: string): Promise<StoredEmployee> {
    return this.transactions.run(tenantId, (m) => this.load(m, tenantId, id));
  }

  create(tenantId: string, body: unknown): Promise<StoredEmployee> {
    const fields = readScimUser(body);
    return this.write(tenantId, { create: true }, () => fields);
  }

  replace(tenantId: string, id: string, body: unknown, ifVersion?: number): Promise<StoredEmployee> {
    const fields = readScimUser(body);
    return this.write(tenantId, { id }, () => fields, ifVersion);
  }

  patch(
    tenantId: string,
    id: string,
    body: unknown,
    baseUrl: string,
    ifVersion?: number,
  ): Promise<StoredEmployee> {
    return this.write(
      tenantId,
      { id },
      (current) => readScimUser(applyPatch(toScimUser(current!, baseUrl), body)),
      ifVersion,
    );
  }

  /** DELETE is a soft delete: the employee is deactivated (their history stays). */
  deactivate(tenantId: string, id: string, ifVersion?: number): Promise<StoredEmployee> {
    return this.transactions.run(tenantId, async (m) => {
      const current = await this.load(m, tenantId, id);
      const change: EmployeeChange = {
        key: { id },
        desired: { ...desiredFromState(current.state), status: 'INACTIVE' },
        ifVersion,
      };
      await this.applier.applyOne(m, tenantId, change);
      return this.load(m, tenantId, id);
    });
  }

  private write(
    tenantId: string,
    key: EmployeeKey,
    read: (current: StoredEmployee | null) => ScimUserFields,
    ifVersion?: number,
  ): Promise<StoredEmployee> {
    return this.transactions.run(tenantId, async (m) => {
      const current = 'id' in key ? await this.load(m, tenantId, key.id) : null;
      const fields = read(current);
      const change = await this.toChange(m, tenantId, key, fields, ifVersion);
      const outcome = await this.applier.applyOne(m, tenantId, change);
      return this.load(m, tenantId, outcome.id);
    });
  }

  private async toChange(
    m: EntityManager,
    tenantId: string,
    key: EmployeeKey,
    f: ScimUserFields,
    ifVersion?: number,
  ): Promise<EmployeeChange> {
    const tenant = await this.tenants.findCurrent(m, tenantId);
    if (!tenant) throw new NotFoundError('Tenant', tenantId);
    const skills = f.skills ? await this.resolveSkills(m, tenantId, f.skills) : undefined;
    const manager = f.managerValue
      ? UUID.test(f.managerValue)
        ? { id: f.managerValue }
        : { externalId: f.managerValue }
      : null;
    return {
      key,
      ifVersion,
      managerField: 'manager.value',
      desired: {
        externalId: f.externalId,
        employeeNumber: f.employeeNumber,
        email: f.email,
        userName: f.userName.toLowerCase() === f.email.toLowerCase() ? null : f.userName,
        displayName: f.displayName,
        givenName: f.givenName,
        familyName: f.familyName,
        title: f.title,
        department: f.department,
        costCenter: f.costCenter,
        manager,
        location: f.location,
        timeZone: f.timeZone ?? tenant.defaultTimeZone,
        locale: f.locale ?? tenant.locale,
        languages: f.languages,
        status: f.active ? 'ACTIVE' : 'INACTIVE',
        hireDate: f.hireDate,
        skills: skills ? { source: 'HR', list: skills } : undefined,
      },
    };
  }

  private async resolveSkills(
    m: EntityManager,
    tenantId: string,
    names: readonly { name: string; level: number }[],
  ): Promise<EmployeeSkillState[]> {
    const find = buildSkillNameIndex(await this.skills.list(m, tenantId));
    const resolved = new Map<string, EmployeeSkillState>();
    names.forEach((s, i) => {
      const skill = find(s.name);
      if (!skill)
        throw invalidValue(
          `${'urn:mentormesh:params:scim:schemas:extension:2.0:User'}:skills.${i}.name: no skill named ${JSON.stringify(s.name)} in the catalog`,
        );
      resolved.set(skill.id, { skillId: skill.id, name: skill.name, level: s.level, source: 'HR' });
    });
    return [...resolved.values()];
  }

  private async load(m: EntityManager, tenantId: string, id: string): Promise<StoredEmployee> {
    const [employee] = UUID.test(id) ? await this.employees.findByIds(m, tenantId, [id]) : [];
    if (!employee) throw new NotFoundError('User', id);
    return employee;
  }
}
