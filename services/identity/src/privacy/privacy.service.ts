import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError } from '@mentormesh/graphql';
import { OutboxWriter } from '@mentormesh/messaging';
import { EmployeeDataExportModel } from './employee-data-export.model';
import { PrivacyRepository } from './privacy.repository';

/** GDPR: export everything identity holds on an employee, and erase it. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly privacy: PrivacyRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  exportData(tenantId: string, id: string): Promise<EmployeeDataExportModel> {
    return this.transactions.run(tenantId, async (m) => {
      const employee = await this.privacy.employeeRow(m, tenantId, id);
      if (!employee) throw new NotFoundError('Employee', id);
      const [skills, reports, tokens] = await Promise.all([
        this.privacy.skills(m, tenantId, id),
        this.privacy.directReports(m, tenantId, id),
        this.privacy.tokensCreated(m, tenantId, id),
      ]);
      return {
        employeeId: id,
        exportedAt: new Date(),
        employee: JSON.stringify(employee),
        skills: JSON.stringify(skills),
        directReportIds: reports,
        integrationTokensCreated: JSON.stringify(tokens),
      };
    });
  }

  /**
   * Anonymizes the employee in identity and publishes `employee.erased` in the same transaction, so
   * every other service erases its copy. Erasing twice is harmless.
   */
  erase(tenantId: string, id: string): Promise<boolean> {
    return this.transactions.run(tenantId, async (m) => {
      const existing = await this.privacy.employeeRow(m, tenantId, id);
      if (!existing) throw new NotFoundError('Employee', id);
      const version = await this.privacy.erase(m, tenantId, id);
      if (version === null) return true;
      await this.outbox.append(m, {
        type: 'employee.erased',
        tenantId,
        aggregateId: id,
        aggregateVersion: version,
        payload: { id },
      });
      return true;
    });
  }
}
