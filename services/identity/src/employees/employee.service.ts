import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, NotFoundError, decodeCursor, toConnection } from '@mentormesh/graphql';
import { CreateEmployeeInput } from './create-employee.input';
import { EmployeeEntity } from './employee.entity';
import { UnknownManagerError, UnknownManagerReferenceError } from './employee.errors';
import { EmployeeRepository } from './employee.repository';
import { EmployeeChangeApplier } from './sync/employee-change.applier';

@Injectable()
export class EmployeeService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly employees: EmployeeRepository,
    private readonly applier: EmployeeChangeApplier,
  ) {}

  /** Creates the employee and its `employee.upserted` event in one transaction. */
  create(tenantId: string, input: CreateEmployeeInput): Promise<EmployeeEntity> {
    return this.transactions.run(tenantId, async (manager) => {
      const outcome = await this.applier
        .applyOne(manager, tenantId, {
          key: { create: true },
          desired: {
            externalId: input.externalId ?? null,
            employeeNumber: null,
            email: input.email,
            displayName: input.displayName,
            givenName: null,
            familyName: null,
            title: input.title ?? null,
            department: input.department ?? null,
            costCenter: null,
            manager: input.managerId ? { id: input.managerId } : null,
            location: null,
            timeZone: input.timeZone,
            locale: input.locale,
            languages: input.languages,
            status: 'ACTIVE',
            roles: input.roles,
            hireDate: null,
          },
        })
        .catch((error: unknown) => {
          throw error instanceof UnknownManagerReferenceError ? new UnknownManagerError() : error;
        });
      return this.employees.findById(manager, tenantId, outcome.id) as Promise<EmployeeEntity>;
    });
  }

  async get(tenantId: string, id: string): Promise<EmployeeEntity> {
    const employee = await this.find(tenantId, id);
    if (!employee) throw new NotFoundError('Employee', id);
    return employee;
  }

  find(tenantId: string, id: string): Promise<EmployeeEntity | null> {
    return this.transactions.run(tenantId, (m) => this.employees.findById(m, tenantId, id));
  }

  findMany(tenantId: string, ids: readonly string[]): Promise<EmployeeEntity[]> {
    return this.transactions.run(tenantId, (m) => this.employees.findByIds(m, tenantId, ids));
  }

  async list(tenantId: string, first: number, after?: string): Promise<Connection<EmployeeEntity>> {
    const cursor = after ? decodeCursor(after) : undefined;
    const key = cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : undefined;
    const rows = await this.transactions.run(tenantId, (m) =>
      this.employees.page(m, tenantId, first + 1, key),
    );
    return toConnection(rows, first, (e) => [e.createdAt.toISOString(), e.id]);
  }

  /**
   * Sign-in lookup (SAML): the employee with this external id when one is given and known, else the one
   * with this email. Added for the identity-sso helper.
   */
  findForSignIn(tenantId: string, externalId: string | null, email: string): Promise<EmployeeEntity | null> {
    return this.transactions.run(tenantId, async (m) => {
      const byExternalId = externalId ? await m.findOneBy(EmployeeEntity, { tenantId, externalId }) : null;
      return byExternalId ?? (await this.employees.findByEmail(m, tenantId, email));
    });
  }
}
