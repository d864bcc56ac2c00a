import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError } from '@mentormesh/graphql';
import { OutboxWriter } from '@mentormesh/messaging';
import { EmployeeRepository } from '../employees/employee.repository';
import { toEmployeeSnapshot } from '../employees/employee-snapshot';
import { CreateTenantInput } from './create-tenant.input';
import { mentoringSettingsOf } from './tenant-settings';
import { UpdateTenantInput } from './update-tenant.input';
import { TenantEntity } from './tenant.entity';
import { TenantSlugTakenError } from './tenant.errors';
import { TenantRepository } from './tenant.repository';

@Injectable()
export class TenantService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly tenants: TenantRepository,
    private readonly employees: EmployeeRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** A new organization with its first ORG_ADMIN, and their events, in one transaction. */
  create(input: CreateTenantInput): Promise<TenantEntity> {
    const tenantId = randomUUID();
    return this.transactions.run(tenantId, async (manager) => {
      const tenant = await this.tenants
        .insert(manager, {
          id: tenantId,
          slug: input.slug,
          name: input.name,
          defaultTimeZone: input.defaultTimeZone,
          locale: 'en',
          status: 'ACTIVE',
          settings: {},
          version: 1,
        })
        .catch((error: unknown) => {
          if (
            error instanceof QueryFailedError &&
            (error.driverError as { code?: string }).code === '23505'
          ) {
            throw new TenantSlugTakenError(input.slug);
          }
          throw error;
        });
      const admin = await this.employees.insert(manager, {
        id: randomUUID(),
        tenantId,
        externalId: null,
        employeeNumber: null,
        email: input.adminEmail,
        displayName: input.adminName,
        givenName: null,
        familyName: null,
        title: null,
        department: null,
        costCenter: null,
        managerId: null,
        location: null,
        timeZone: input.defaultTimeZone,
        locale: 'en',
        languages: [],
        status: 'ACTIVE',
        roles: ['ORG_ADMIN', 'EMPLOYEE'],
        hireDate: null,
      });
      await this.outbox.append(manager, {
        type: 'tenant.upserted',
        tenantId,
        aggregateId: tenantId,
        aggregateVersion: tenant.version,
        payload: {
          id: tenantId,
          slug: tenant.slug,
          name: tenant.name,
          defaultTimeZone: tenant.defaultTimeZone,
          status: tenant.status,
        },
      });
      await this.outbox.append(manager, {
        type: 'employee.upserted',
        tenantId,
        aggregateId: admin.id,
        aggregateVersion: admin.version,
        payload: toEmployeeSnapshot(admin),
      });
      return tenant;
    });
  }

  /** Changes the organization's profile and mentoring settings; other services learn it by event. */
  update(tenantId: string, input: UpdateTenantInput): Promise<TenantEntity> {
    return this.transactions.run(tenantId, async (manager) => {
      const current = await this.tenants.findCurrent(manager, tenantId);
      if (!current) throw new NotFoundError('Tenant', tenantId);
      const mentoring = input.mentoring
        ? {
            ...input.mentoring,
            sessionLengths: [...new Set(input.mentoring.sessionLengths)].sort((a, b) => a - b),
          }
        : mentoringSettingsOf(current.settings);
      const tenant = await this.tenants.update(manager, tenantId, {
        name: input.name ?? current.name,
        defaultTimeZone: input.defaultTimeZone ?? current.defaultTimeZone,
        locale: input.locale ?? current.locale,
        settings: { ...current.settings, ...mentoring },
        version: current.version + 1,
      });
      await this.outbox.append(manager, {
        type: 'tenant.upserted',
        tenantId,
        aggregateId: tenantId,
        aggregateVersion: tenant.version,
        payload: {
          id: tenantId,
          slug: tenant.slug,
          name: tenant.name,
          defaultTimeZone: tenant.defaultTimeZone,
          status: tenant.status,
        },
      });
      return tenant;
    });
  }

  async current(tenantId: string): Promise<TenantEntity> {
    const tenant = await this.transactions.run(tenantId, (m) => this.tenants.findCurrent(m, tenantId));
    if (!tenant) throw new NotFoundError('Tenant', tenantId);
    return tenant;
  }
}
