import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@mentormesh/database';
import { PointsLedgerRepository } from './points-ledger.repository';

@Injectable()
export class PointsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly ledger: PointsLedgerRepository,
  ) {}

  /** The sum of someone's ledger; zero for anyone unknown, including another tenant's employees. */
  balanceOf(tenantId: string, employeeId: string): Promise<number> {
    return this.transactions.run(tenantId, (m) => this.ledger.balanceOf(m, tenantId, employeeId));
  }
}
