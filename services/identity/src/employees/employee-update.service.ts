import { Injectable } from '@nestjs/common';
import type { Role } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { ForbiddenError, NotFoundError } from '@mentormesh/graphql';
import { SkillRepository } from '../skills/skill.repository';
import { UnknownSkillError } from '../skills/skill.errors';
import { TenantRepository } from '../tenants/tenant.repository';
import { mentoringSettingsOf } from '../tenants/tenant-settings';
import { EmployeeSkillState, SkillSource } from './domain/employee-state';
import { EmployeeSyncRepository, StoredEmployee } from './employee-sync.repository';
import { desiredFromState } from './sync/employee-change';
import { EmployeeChangeApplier } from './sync/employee-change.applier';

/** Targeted changes to one employee (skills, roles) through the same write path as HR sync. */
@Injectable()
export class EmployeeUpdateService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly stored: EmployeeSyncRepository,
    private readonly skills: SkillRepository,
    private readonly applier: EmployeeChangeApplier,
    private readonly tenants: TenantRepository,
  ) {}

  /** Replaces the employee's skills of one source (SELF from the employee, HR/ENDORSED from admins). */
  setSkills(
    tenantId: string,
    employeeId: string,
    levels: readonly { skillId: string; level: number }[],
    source: SkillSource,
  ): Promise<EmployeeSkillState[]> {
    return this.transactions.run(tenantId, async (m) => {
      const employee = await this.load(m, tenantId, employeeId);
      const tenant = await this.tenants.findCurrent(m, tenantId);
      if (source === 'SELF' && tenant && !mentoringSettingsOf(tenant.settings).selfDeclaredSkills)
        throw new ForbiddenError('this organization does not let employees declare their own skills');
      const catalog = new Map(
        (
          await this.skills.findByIds(
            m,
            tenantId,
            levels.map((l) => l.skillId),
          )
        ).map((s) => [s.id, s]),
      );
      const list = levels.map((l, i): EmployeeSkillState => {
        const skill = catalog.get(l.skillId);
        if (!skill) throw new UnknownSkillError(`skills.${i}.skillId`, 'with this id');
        return { skillId: skill.id, name: skill.name, level: l.level, source };
      });
      await this.applier.applyOne(m, tenantId, {
        key: { id: employeeId },
        desired: { ...desiredFromState(employee.state), skills: { source, list } },
      });
      return (await this.stored.skillsOf(m, tenantId, [employeeId])).get(employeeId) ?? [];
    });
  }

  setRoles(tenantId: string, employeeId: string, roles: readonly Role[]): Promise<void> {
    return this.transactions.run(tenantId, async (m) => {
      const employee = await this.load(m, tenantId, employeeId);
      await this.applier.applyOne(m, tenantId, {
        key: { id: employeeId },
        desired: { ...desiredFromState(employee.state), roles },
      });
    });
  }

  skillsOf(tenantId: string, employeeId: string): Promise<EmployeeSkillState[]> {
    return this.transactions.run(
      tenantId,
      async (m) => (await this.stored.skillsOf(m, tenantId, [employeeId])).get(employeeId) ?? [],
    );
  }

  private async load(
    m: Parameters<EmployeeSyncRepository['findByIds']>[0],
    tenantId: string,
    id: string,
  ): Promise<StoredEmployee> {
    const [employee] = await this.stored.findByIds(m, tenantId, [id]);
    if (!employee) throw new NotFoundError('Employee', id);
    return employee;
  }
}
