import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@mentormesh/config';
import { TenantTransactions } from '@mentormesh/database';
import { Logger } from '@mentormesh/observability';
import { MatchingConfig } from '../config';
import { MatchRepository } from '../matches/match.repository';
import { MatchesService } from '../matches/matches.service';
import { MentoringRequestRepository } from './mentoring-request.repository';
import { RequestFiller } from './request-filler';
import { MATCHING_LOG } from './requests.tokens';

const BATCH = 50;

/**
 * Expires proposals nobody answered in time and moves their requests on to the next best mentor. The
 * deadlines live in PostgreSQL (match_deadlines), claimed with FOR UPDATE SKIP LOCKED, so any number of
 * instances can sweep at once and a restart loses nothing. Expiry, refill and events share a transaction.
 */
@Injectable()
export class MatchExpirySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: MatchingConfig,
    @Inject(MATCHING_LOG) private readonly log: Logger,
    private readonly transactions: TenantTransactions,
    private readonly matches: MatchRepository,
    private readonly lifecycle: MatchesService,
    private readonly requests: MentoringRequestRepository,
    private readonly filler: RequestFiller,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.MATCH_EXPIRY_SWEEP_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Expires what is due at `now`; returns how many matches expired. */
  async sweepOnce(now = Date.now()): Promise<number> {
    return this.transactions.runUnscoped(async (manager) => {
      let expired = 0;
      for (const due of await this.matches.claimDue(manager, new Date(now), BATCH)) {
        await manager.query(`select set_config('app.tenant_id', $1, true)`, [due.tenantId]);
        const match = await this.lifecycle.expire(manager, due.tenantId, due.matchId);
        if (!match) continue;
        expired += 1;
        const request = match.requestId
          ? await this.requests.findForUpdate(manager, due.tenantId, match.requestId)
          : null;
        if (request) await this.filler.fill(manager, request, now);
      }
      return expired;
    });
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweepOnce();
    try {
      const expired = await this.running;
      if (expired > 0) this.log.info({ expired }, 'unanswered proposals expired');
    } catch (err) {
      this.log.warn({ err }, 'match expiry sweep failed, retrying next tick');
    } finally {
      this.running = undefined;
    }
  }
}
