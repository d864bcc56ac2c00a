import { Injectable } from '@nestjs/common';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, PageInput, decodeCursor, toConnection } from '@mentormesh/graphql';
import { MatchEntity } from '../matches/match.entity';
import { MatchRepository } from '../matches/match.repository';
import { MentoringRequestRepository } from './mentoring-request.repository';

export type MatchSide = 'MENTEE' | 'MENTOR';

/** What participants see of their matches. */
@Injectable()
export class MyMatchesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly matches: MatchRepository,
    private readonly requests: MentoringRequestRepository,
  ) {}

  mine(principal: AuthPrincipal, side: MatchSide, page: PageInput): Promise<Connection<MatchEntity>> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const after = page.after ? decodeCursor(page.after) : undefined;
      const rows = await this.matches.forParticipant(
        manager,
        tenantId,
        employeeId,
        side,
        page.first + 1,
        after ? { createdAt: new Date(String(after[0])), id: String(after[1]) } : undefined,
      );
      return toConnection(rows, page.first, (m) => [m.createdAt.toISOString(), m.id]);
    });
  }

  /** The mentee's question, for the two people in the match only. */
  questionOf(principal: AuthPrincipal, match: MatchEntity): Promise<string | null> {
    const { tenantId, employeeId } = principal;
    if (!match.requestId || (employeeId !== match.menteeId && employeeId !== match.mentorId))
      return Promise.resolve(null);
    const requestId = match.requestId;
    return this.transactions.run(tenantId, async (manager) => {
      const request = await this.requests.find(manager, tenantId, requestId);
      return request?.question ?? null;
    });
  }
}
