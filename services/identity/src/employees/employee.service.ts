import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, NotFoundError, decodeCursor, toConnection } from '@mentormesh/graphql';
import { OutboxWriter } from '@mentormesh/messaging';
import { CreateEmployeeInput } from './create-employee.input';
import { EmployeeEntity } from './employee.entity';
import { EmailTakenError, UnknownManagerError } from './employee.errors';
import { EmployeeRepository } from './employee.repository';
import { toEmployeeSnapshot } from './employee-snapshot';

@Injectable()
export class EmployeeService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly employees: EmployeeRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Creates the employee and its `employee.upserted` event in one transaction. */
  create(tenantId: string, input: CreateEmployeeInput): Promise<EmployeeEntity> {
    return this.transactions.run(tenantId, async (manager) => {
      if (input.managerId && !(await this.employees.findById(manager, tenantId, input.managerId))) {
        throw new UnknownManagerError();
      }
      const employee = await this.employees
        .insert(manager, {
          id: randomUUID(),
          tenantId,
          externalId: input.externalId ?? null,
          employeeNumber: null,
          email: input.email,
          displayName: input.displayName,
          givenName: null,
          familyName: null,
          title: input.title ?? null,
          department: input.department ?? null,
          costCenter: null,
          managerId: input.managerId ?? null,
          location: null,
          timeZone: input.timeZone,
          locale: input.locale,
          languages: input.languages,
          status: 'ACTIVE',
          roles: input.roles,
          hireDate: null,
        })
        .catch((error: unknown) => {
          if (
            error instanceof QueryFailedError &&
            (error.driverError as { code?: string }).code === '23505'
          ) {
            throw new EmailTakenError();
          }
          throw error;
        });
      await this.outbox.append(manager, {
        type: 'employee.upserted',
        tenantId,
        aggregateId: employee.id,
        aggregateVersion: employee.version,
        payload: toEmployeeSnapshot(employee),
      });
      return employee;
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
}
