import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@mentormesh/database';
import { EmployeeEntity } from '../employees/employee.entity';
import { EmployeeService } from '../employees/employee.service';
import { TenantRepository } from '../tenants/tenant.repository';
import type { SamlLoginProfile } from './map-saml-profile';
import type { ActiveSamlConnection } from './saml-connection.service';
import { SsoEmployeeInactiveError, SsoIdentityConflictError, SsoUnknownEmployeeError } from './sso.errors';

/** Finds the employee a SAML profile names, or provisions them just in time when the tenant allows it. */
@Injectable()
export class SamlEmployeeMatcher {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly tenants: TenantRepository,
    private readonly employees: EmployeeService,
  ) {}

  async resolve(
    connection: ActiveSamlConnection['connection'],
    profile: SamlLoginProfile,
  ): Promise<EmployeeEntity> {
    const { tenantId } = connection;
    const found = await this.employees.findForSignIn(tenantId, profile.externalId, profile.email);
    if (found) {
      if (profile.externalId && found.externalId && found.externalId !== profile.externalId) {
        throw new SsoIdentityConflictError('employee id and email name different employees');
      }
      if (found.status !== 'ACTIVE') throw new SsoEmployeeInactiveError('employee is not active');
      return found;
    }
    if (!connection.jitProvisioning) {
      throw new SsoUnknownEmployeeError('no employee matches and JIT provisioning is off');
    }
    return this.provision(connection, profile);
  }

  private async provision(
    connection: ActiveSamlConnection['connection'],
    profile: SamlLoginProfile,
  ): Promise<EmployeeEntity> {
    const tenant = await this.transactions.run(connection.tenantId, (m) =>
      this.tenants.findCurrent(m, connection.tenantId),
    );
    const names = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
    return this.employees.create(connection.tenantId, {
      email: profile.email,
      displayName: (profile.displayName ?? names) || profile.email,
      department: profile.department ?? undefined,
      externalId: profile.externalId ?? undefined,
      timeZone: tenant?.defaultTimeZone ?? 'UTC',
      locale: tenant?.locale ?? 'en',
      languages: [],
      roles: [...connection.jitDefaultRoles],
    });
  }
}
