import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, decodeCursor, toConnection } from '@mentormesh/graphql';
import { OutboxWriter } from '@mentormesh/messaging';
import { ColleagueRepository } from '../colleagues/colleague.repository';
import { PointsLedgerRepository } from '../ledger/points-ledger.repository';
import { GiveKudosInput } from './dto/give-kudos.input';
import { KudosEntity } from './kudos.entity';
import { KudosRepository } from './kudos.repository';
import { KUDOS_POINTS, checkRecipient } from './kudos.rules';

@Injectable()
export class KudosService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly colleagues: ColleagueRepository,
    private readonly kudos: KudosRepository,
    private readonly ledger: PointsLedgerRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Stores the kudos, its `kudos.given` event and the recipient's points in one tenant transaction. */
  give(principal: AuthPrincipal, input: GiveKudosInput): Promise<KudosEntity> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      checkRecipient(employeeId, input.toId, await this.colleagues.find(manager, tenantId, input.toId));
      const kudos = await this.kudos.insert(manager, {
        tenantId,
        id: randomUUID(),
        fromId: employeeId,
        toId: input.toId,
        message: input.message,
      });
      const event = await this.outbox.append(manager, {
        type: 'kudos.given',
        tenantId,
        aggregateId: kudos.id,
        aggregateVersion: 1,
        payload: { id: kudos.id, fromId: kudos.fromId, toId: kudos.toId, points: KUDOS_POINTS },
      });
      await this.ledger.credit(manager, {
        tenantId,
        employeeId: kudos.toId,
        points: KUDOS_POINTS,
        reason: 'kudos.received',
        sourceEventId: event.eventId,
      });
      return kudos;
    });
  }

  /** Kudos someone received, newest first; another tenant's employee has none. */
  async receivedBy(
    tenantId: string,
    employeeId: string,
    first: number,
    after?: string,
  ): Promise<Connection<KudosEntity>> {
    const cursor = after ? decodeCursor(after) : undefined;
    const key = cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : undefined;
    const rows = await this.transactions.run(tenantId, (m) =>
      this.kudos.pageReceived(m, tenantId, employeeId, first + 1, key),
    );
    return toConnection(rows, first, (k) => [k.createdAt.toISOString(), k.id]);
  }
}
