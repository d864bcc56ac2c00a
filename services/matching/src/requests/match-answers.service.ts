import { Injectable } from '@nestjs/common';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { MatchEntity } from '../matches/match.entity';
import { MatchesService } from '../matches/matches.service';
import { MentoringRequestRepository } from './mentoring-request.repository';
import { RequestFiller } from './request-filler';

/** A mentor answers a proposal; a decline moves the request on to the next best mentor at once. */
@Injectable()
export class MatchAnswersService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly lifecycle: MatchesService,
    private readonly requests: MentoringRequestRepository,
    private readonly filler: RequestFiller,
  ) {}

  accept(principal: AuthPrincipal, matchId: string): Promise<MatchEntity> {
    return this.transactions.run(principal.tenantId, (manager) =>
      this.lifecycle.answer(manager, principal.tenantId, principal.employeeId, matchId, 'ACCEPTED', null),
    );
  }

  decline(principal: AuthPrincipal, matchId: string, reason: string, now = Date.now()): Promise<MatchEntity> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const declined = await this.lifecycle.answer(
        manager,
        tenantId,
        employeeId,
        matchId,
        'DECLINED',
        reason,
      );
      if (declined.requestId) {
        const request = await this.requests.findForUpdate(manager, tenantId, declined.requestId);
        if (request) await this.filler.fill(manager, request, now);
      }
      return declined;
    });
  }
}
