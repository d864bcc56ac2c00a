import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, decodeCursor, toConnection } from '@mentormesh/graphql';
import { OutboxWriter } from '@mentormesh/messaging';
import { ParticipantRepository } from '../participants/participant.repository';
import { BookSessionInput } from './dto/book-session.input';
import { SessionRecord } from './session.record';
import { SessionRepository } from './session.repository';
import { isSessionVisibleTo, planBooking } from './session.rules';
import { toSessionSnapshot } from './session.snapshot';

@Injectable()
export class SessionService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly participants: ParticipantRepository,
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Books a confirmed session and its `session.booked` event in one tenant transaction. */
  book(principal: AuthPrincipal, input: BookSessionInput, now = new Date()): Promise<SessionRecord> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const known = await this.participants.findMany(manager, tenantId, input.participantIds);
      const plan = planBooking({ callerId: employeeId, ...input }, known, now);
      const record = await this.sessions.insert(
        manager,
        {
          tenantId,
          id: randomUUID(),
          agenda: input.agenda ?? '',
          format: input.format,
          startsAt: plan.startsAt,
          endsAt: plan.endsAt,
          status: 'confirmed',
          createdBy: employeeId,
          version: 1,
        },
        plan.participants,
      );
      await this.outbox.append(manager, {
        type: 'session.booked',
        tenantId,
        aggregateId: record.session.id,
        aggregateVersion: record.session.version,
        payload: toSessionSnapshot(record),
      });
      return record;
    });
  }

  /** The session if the caller may see it; another tenant's id, or someone else's session, is null. */
  async findVisible(principal: AuthPrincipal, id: string): Promise<SessionRecord | null> {
    const record = await this.transactions.run(principal.tenantId, (m) =>
      this.sessions.findById(m, principal.tenantId, id),
    );
    return record && isSessionVisibleTo(record, principal) ? record : null;
  }

  /** The caller's sessions, earliest first. */
  async listMine(
    principal: AuthPrincipal,
    first: number,
    after?: string,
  ): Promise<Connection<SessionRecord>> {
    const { tenantId, employeeId } = principal;
    const cursor = after ? decodeCursor(after) : undefined;
    const key = cursor ? { startsAt: String(cursor[0]), id: String(cursor[1]) } : undefined;
    const rows = await this.transactions.run(tenantId, (m) =>
      this.sessions.pageForEmployee(m, tenantId, employeeId, first + 1, key),
    );
    return toConnection(rows, first, (r) => [r.session.startsAt.toISOString(), r.session.id]);
  }
}
