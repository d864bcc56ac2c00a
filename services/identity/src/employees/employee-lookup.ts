import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@mentormesh/database';
import { TenantRepository } from '../tenants/tenant.repository';
import { EmployeeEntity } from './employee.entity';
import { EmployeeRepository } from './employee.repository';

/** Sign-in lookups that start from a tenant slug (dev login, SAML). */
@Injectable()
export class EmployeeLookup {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly tenants: TenantRepository,
    private readonly employees: EmployeeRepository,
  ) {}

  async activeByEmail(tenantSlug: string, email: string): Promise<EmployeeEntity | null> {
    const tenantId = await this.tenants.idBySlug(tenantSlug);
    if (!tenantId) return null;
    const employee = await this.transactions.run(tenantId, (m) =>
      this.employees.findByEmail(m, tenantId, email),
    );
    return employee?.status === 'ACTIVE' ? employee : null;
  }
}
