import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, PageInput, decodeCursor, toConnection } from '@mentormesh/graphql';
import { MatchRepository } from '../matches/match.repository';
import { MatchesService } from '../matches/matches.service';
import { CreateMentoringRequestInput } from './dto/create-mentoring-request.input';
import { MentoringRequestEntity } from './mentoring-request.entity';
import { MentoringRequestModel } from './mentoring-request.model';
import { MentoringRequestRepository } from './mentoring-request.repository';
import { RequestNotOpenError, UnknownRequestError } from './request.errors';
import { RequestFiller } from './request-filler';

const DAY_MS = 86_400_000;

@Injectable()
export class RequestsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly requests: MentoringRequestRepository,
    private readonly matches: MatchRepository,
    private readonly lifecycle: MatchesService,
    private readonly filler: RequestFiller,
  ) {}

  /** Stores the request and proposes it to the best `perspectives` mentors, all in one transaction. */
  create(
    principal: AuthPrincipal,
    input: CreateMentoringRequestInput,
    now = Date.now(),
  ): Promise<MentoringRequestModel> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const windowStart = input.mode === 'ASK_NOW' ? now : (input.windowStart?.getTime() ?? now);
      const windowEnd =
        input.mode === 'ASK_NOW'
          ? now + 45 * 60_000
          : (input.windowEnd?.getTime() ?? Math.max(windowStart, now) + 7 * DAY_MS);
      const request = await this.requests.insert(manager, {
        tenantId,
        id: randomUUID(),
        menteeId: employeeId,
        question: input.question?.trim() ?? '',
        skills: (input.skills ?? []).map(({ skillId, minLevel }) => ({ skillId, minLevel })),
        topics: (input.topics ?? []).map((t) => t.trim().toLowerCase()),
        format: input.format,
        lengthMinutes: input.lengthMinutes,
        language: input.language ?? null,
        windowStart: new Date(windowStart),
        windowEnd: new Date(Math.max(windowEnd, windowStart + 60_000)),
        mode: input.mode,
        isSeries: input.isSeries,
        perspectives: input.perspectives,
        preferCrossDepartment: input.preferCrossDepartment ?? false,
      });
      // Validates the need like recommendMentors does (errors name the field) before anything is kept.
      await this.filler.fill(manager, request, now, input);
      return this.view(manager, request);
    });
  }

  /** The mentee no longer needs help: open matches are withdrawn (events go out). */
  withdraw(principal: AuthPrincipal, requestId: string): Promise<MentoringRequestModel> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const request = await this.requests.findForUpdate(manager, tenantId, requestId);
      if (!request || request.menteeId !== employeeId) throw new UnknownRequestError();
      if (request.status !== 'OPEN') throw new RequestNotOpenError();
      await this.lifecycle.withdrawForRequest(manager, tenantId, requestId);
      return this.view(manager, await this.requests.withdraw(manager, request));
    });
  }

  mine(principal: AuthPrincipal, page: PageInput): Promise<Connection<MentoringRequestModel>> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const after = page.after ? decodeCursor(page.after) : undefined;
      const rows = await this.requests.forMentee(
        manager,
        tenantId,
        employeeId,
        page.first + 1,
        after ? { createdAt: new Date(String(after[0])), id: String(after[1]) } : undefined,
      );
      const views = await Promise.all(rows.map((r) => this.view(manager, r)));
      return toConnection(views, page.first, (r) => [r.createdAt.toISOString(), r.id]);
    });
  }

  private async view(
    manager: Parameters<MatchRepository['forRequest']>[0],
    r: MentoringRequestEntity,
  ): Promise<MentoringRequestModel> {
    const matches = await this.matches.forRequest(manager, r.tenantId, r.id);
    return { ...r, matches };
  }
}
