import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { RecommendationChangesRepository } from '../read-models/recommendation-changes.repository';
import { canMoveMatch, type MatchStatus } from './domain/match-status';
import { MatchEntity, MatchFormat, StoredBreakdownEntry } from './match.entity';
import { MatchNotOpenError, UnknownMatchError } from './match.errors';
import { MatchRepository } from './match.repository';
import { MATCH_EVENT_TYPE, toMatchSnapshot } from './match.snapshot';

/** A pairing a program run (cohort assignment, meet-again) wants proposed. */
export interface ProgramPair {
  readonly menteeId: string;
  readonly mentorId: string;
  readonly score: number;
  readonly format: MatchFormat;
  readonly lengthMinutes: number;
}

/** A pairing a mentoring request proposes; the mentor answers by `respondBy`. */
export interface RequestProposal {
  readonly requestId: string;
  readonly menteeId: string;
  readonly mentorId: string;
  readonly score: number;
  readonly breakdown: readonly StoredBreakdownEntry[];
  readonly format: MatchFormat;
  readonly lengthMinutes: number;
  readonly respondBy: Date;
}

/**
 * The match lifecycle: every change and its `match.*` event are written in one transaction.
 * Methods that take an EntityManager join the caller's tenant transaction; the others open one.
 */
@Injectable()
export class MatchesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly matches: MatchRepository,
    private readonly outbox: OutboxWriter,
    private readonly changes: RecommendationChangesRepository,
  ) {}

  /**
   * Proposes one match per pair for a program run (status PROPOSED, no answer deadline: an L&D manager
   * approves them in bulk) and publishes `match.proposed` for each. Pass `manager` to join a transaction.
   */
  proposeProgramMatches(
    tenantId: string,
    programRunId: string,
    pairs: readonly ProgramPair[],
    manager?: EntityManager,
  ): Promise<MatchEntity[]> {
    return this.within(tenantId, manager, async (m) => {
      const proposed: MatchEntity[] = [];
      for (const pair of pairs) {
        const match = await this.matches.insert(m, {
          tenantId,
          id: randomUUID(),
          requestId: null,
          programRunId,
          menteeId: pair.menteeId,
          mentorId: pair.mentorId,
          status: 'PROPOSED',
          score: pair.score,
          breakdown: [],
          format: pair.format,
          lengthMinutes: pair.lengthMinutes,
          respondBy: null,
        });
        await this.publish(m, match);
        proposed.push(match);
      }
      return proposed;
    });
  }

  /** Accepts every still PROPOSED match of a program run (`match.accepted` each); returns those accepted. */
  approveProgramMatches(
    tenantId: string,
    programRunId: string,
    manager?: EntityManager,
  ): Promise<MatchEntity[]> {
    return this.within(tenantId, manager, async (m) => {
      const accepted: MatchEntity[] = [];
      for (const match of await this.matches.forProgramRun(m, tenantId, programRunId)) {
        if (match.status !== 'PROPOSED') continue;
        accepted.push(await this.move(m, match, 'ACCEPTED', null));
      }
      return accepted;
    });
  }

  /** Proposes a request's match inside the caller's transaction, with its answer deadline. */
  async proposeForRequest(
    manager: EntityManager,
    tenantId: string,
    p: RequestProposal,
  ): Promise<MatchEntity> {
    const match = await this.matches.insert(manager, {
      tenantId,
      id: randomUUID(),
      requestId: p.requestId,
      programRunId: null,
      menteeId: p.menteeId,
      mentorId: p.mentorId,
      status: 'PROPOSED',
      score: p.score,
      breakdown: [...p.breakdown],
      format: p.format,
      lengthMinutes: p.lengthMinutes,
      respondBy: p.respondBy,
    });
    await this.publish(manager, match);
    return match;
  }

  /** The mentor answers a proposal (ACCEPTED or DECLINED with a reason) inside the caller's transaction. */
  async answer(
    manager: EntityManager,
    tenantId: string,
    mentorId: string,
    matchId: string,
    status: 'ACCEPTED' | 'DECLINED',
    reason: string | null,
  ): Promise<MatchEntity> {
    const match = await this.matches.findForUpdate(manager, tenantId, matchId);
    if (!match || match.mentorId !== mentorId) throw new UnknownMatchError();
    return this.move(manager, match, status, reason);
  }

  /** Expires an unanswered proposal (reason `no_answer`); null when it was answered meanwhile. */
  async expire(manager: EntityManager, tenantId: string, matchId: string): Promise<MatchEntity | null> {
    const match = await this.matches.findForUpdate(manager, tenantId, matchId);
    if (!match || match.status !== 'PROPOSED') {
      await this.matches.dropDeadline(manager, matchId);
      return null;
    }
    return this.move(manager, match, 'EXPIRED', 'no_answer');
  }

  /** Withdraws the open matches of a request (the mentee no longer needs them). */
  async withdrawForRequest(
    manager: EntityManager,
    tenantId: string,
    requestId: string,
  ): Promise<MatchEntity[]> {
    const withdrawn: MatchEntity[] = [];
    for (const match of await this.matches.forRequest(manager, tenantId, requestId)) {
      if (!canMoveMatch(match.status, 'WITHDRAWN')) continue;
      withdrawn.push(await this.move(manager, match, 'WITHDRAWN', null));
    }
    return withdrawn;
  }

  private async move(
    manager: EntityManager,
    match: MatchEntity,
    status: MatchStatus,
    reason: string | null,
  ): Promise<MatchEntity> {
    if (!canMoveMatch(match.status, status)) throw new MatchNotOpenError(match.status, status);
    const moved = await this.matches.moveTo(manager, match, status, reason);
    await this.publish(manager, moved);
    return moved;
  }

  /** Every change also changes the mentor's load, which recommendations must see. */
  private async publish(manager: EntityManager, match: MatchEntity): Promise<void> {
    await this.changes.record(manager, match.tenantId, match.mentorId);
    await this.outbox.append(manager, {
      type: MATCH_EVENT_TYPE[match.status],
      tenantId: match.tenantId,
      aggregateId: match.id,
      aggregateVersion: match.version,
      payload: toMatchSnapshot(match),
    });
  }

  private within<T>(
    tenantId: string,
    manager: EntityManager | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return manager ? work(manager) : this.transactions.run(tenantId, work);
  }
}
