import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DatabaseLifecycle, TenantTransactions } from '@mentormesh/database';
import type { Logger } from '@mentormesh/observability';
import { CohortRunExecutor } from '../cohort-run.executor';
import { JobLease, LeaseLostError } from './job-lease';
import { ClaimedJob, ProgramJobRepository } from './program-job.repository';
import { PROGRAM_JOB_SETTINGS, ProgramJobSettings } from './program-job.settings';

export const PROGRAMS_LOGGER = Symbol('PROGRAMS_LOGGER');

/**
 * Works through queued cohort runs, one at a time per instance. Jobs are claimed with FOR UPDATE SKIP
 * LOCKED and held by a heartbeat lease; a job whose holder stopped (crash, restart) is claimable again
 * once its lease expires, so runs survive restarts and two instances never run the same job at once.
 */
@Injectable()
export class ProgramJobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private signalStop!: () => void;
  /** Settles on shutdown, so a runner still waiting for its database never holds the shutdown up. */
  private readonly stopped = new Promise<void>((resolve) => (this.signalStop = resolve));

  constructor(
    private readonly database: DatabaseLifecycle,
    private readonly transactions: TenantTransactions,
    private readonly jobs: ProgramJobRepository,
    private readonly executor: CohortRunExecutor,
    @Inject(PROGRAM_JOB_SETTINGS) private readonly settings: ProgramJobSettings,
    @Inject(PROGRAMS_LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.signalStop();
    this.poke();
    await this.loop;
  }

  /** Look for work now (e.g. right after a run was queued). */
  poke(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    await Promise.race([this.database.start(), this.stopped]);
    while (this.running) {
      const worked =
        this.database.isConnected &&
        (await this.runOne().catch((err: unknown) => {
          this.log.warn({ err }, 'program job loop failed, retrying');
          return false;
        }));
      if (!worked) await this.idle();
    }
  }

  /** Claims and runs one job; false when there was none. */
  async runOne(): Promise<boolean> {
    const { leaseMs } = this.settings;
    const job = await this.transactions.runUnscoped((m) => this.jobs.claim(m, this.owner, leaseMs));
    if (!job) return false;
    this.log.info({ runId: job.runId, tenantId: job.tenantId }, 'program job claimed');
    let lost = false;
    const lease: JobLease = { owner: this.owner, isLost: () => lost };
    const beat = setInterval(
      () => {
        void this.transactions
          .runUnscoped((m) => this.jobs.heartbeat(m, job.runId, this.owner, leaseMs))
          .then((held) => (lost ||= !held))
          .catch((err: unknown) => this.log.warn({ err, runId: job.runId }, 'program job heartbeat failed'));
      },
      Math.max(100, Math.floor(leaseMs / 3)),
    );
    try {
      await this.executor.execute(job, lease);
      this.log.info({ runId: job.runId, tenantId: job.tenantId }, 'program job finished');
    } catch (err) {
      await this.handleFailure(job, err);
    } finally {
      clearInterval(beat);
    }
    return true;
  }

  private async handleFailure(job: ClaimedJob, err: unknown): Promise<void> {
    if (err instanceof LeaseLostError) {
      this.log.warn({ runId: job.runId }, 'program job lease lost, another instance took over');
      return;
    }
    this.log.error({ err, runId: job.runId, tenantId: job.tenantId }, 'program job failed, will retry');
    await this.transactions
      .runUnscoped((m) => this.jobs.release(m, job.runId, this.owner, this.settings.retryDelayMs))
      .catch((releaseErr: unknown) => this.log.warn({ err: releaseErr }, 'could not release program job'));
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.settings.idleMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
