import { Inject, Injectable } from '@nestjs/common';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { DomainError } from '@mentormesh/graphql';
import { checkCohortPeople } from './check-cohort-run-input';
import type { CohortRunResult } from './cohort-run-result';
import { computeCohortResult } from './compute-cohort-result';
import { JobLease, LeaseLostError } from './jobs/job-lease';
import { ClaimedJob, ProgramJobRepository } from './jobs/program-job.repository';
import { PROGRAM_JOB_SETTINGS, ProgramJobSettings } from './jobs/program-job.settings';
import { translateMatchingError } from './program.errors';
import { ProgramRunEntity } from './program-run.entity';
import { ProgramRunRepository } from './program-run.repository';
import { ProgramPeopleRepository } from './scoring/program-people.repository';
import { ProgramScorer } from './scoring/program-scorer';

/**
 * Runs one claimed cohort job: loads the people from the read models, scores, assigns, and saves the
 * result together with removing the job, but only while this instance still holds the lease, so a
 * job taken over by another instance is never written twice.
 */
@Injectable()
export class CohortRunExecutor {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly runs: ProgramRunRepository,
    private readonly jobs: ProgramJobRepository,
    private readonly people: ProgramPeopleRepository,
    @Inject(PROGRAM_JOB_SETTINGS) private readonly settings: ProgramJobSettings,
  ) {}

  async execute(job: ClaimedJob, lease: JobLease): Promise<void> {
    const run = await this.transactions.run(job.tenantId, (m) =>
      this.runs.markRunning(m, job.tenantId, job.runId),
    );
    if (!run || run.status !== 'RUNNING') {
      await this.conclude(job, lease, async () => undefined);
      return;
    }
    if (run.attempts > this.settings.maxAttempts) {
      await this.conclude(job, lease, (m) =>
        this.runs.fail(m, job.tenantId, job.runId, {
          reason: 'MATCHING.COHORT_RUN_GAVE_UP',
          field: null,
          message: `the run failed ${run.attempts - 1} times and was given up`,
        }),
      );
      return;
    }
    let result: CohortRunResult;
    try {
      result = await this.compute(run, lease);
    } catch (error) {
      const translated = translateMatchingError(error);
      if (!(translated instanceof DomainError)) throw error;
      await this.conclude(job, lease, (m) =>
        this.runs.fail(m, job.tenantId, job.runId, {
          reason: translated.code,
          field: translated.field ?? null,
          message: translated.message,
        }),
      );
      return;
    }
    await this.conclude(job, lease, (m) => this.runs.succeed(m, job.tenantId, job.runId, result));
  }

  private async compute(run: ProgramRunEntity, lease: JobLease): Promise<CohortRunResult> {
    const { tenantId, id, input } = run;
    const report = async (progress: number, phase: string): Promise<void> => {
      if (lease.isLost()) throw new LeaseLostError(id);
      await this.transactions.run(tenantId, (m) =>
        this.runs.reportProgress(m, tenantId, id, progress, phase),
      );
      await yieldToEventLoop();
    };
    await report(2, 'loading people');
    const ids = [...input.menteeIds, ...input.mentors.map((mentor) => mentor.mentorId)];
    const people = await this.transactions.run(tenantId, (m) => this.people.load(m, tenantId, ids));
    checkCohortPeople(input, people);
    const capacity = new Map(input.mentors.map((mentor) => [mentor.mentorId, mentor.capacity]));
    const focus = {
      skillIds: input.focusSkillIds,
      topics: input.focusTopics,
      lengthMinutes: input.lengthMinutes,
    };
    const scorer = new ProgramScorer(people, focus, Date.now(), (mentorId) => capacity.get(mentorId) ?? 0);
    return computeCohortResult(input, scorer, report);
  }

  private async conclude(
    job: ClaimedJob,
    lease: JobLease,
    write: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.transactions.run(job.tenantId, async (m) => {
      if (!(await this.jobs.finish(m, job.runId, lease.owner))) throw new LeaseLostError(job.runId);
      await write(m);
    });
  }
}
