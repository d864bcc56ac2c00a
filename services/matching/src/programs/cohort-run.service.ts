import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { MatchesService } from '../matches/matches.service';
import { checkCohortFeasibility, checkCohortPeople } from './check-cohort-run-input';
import { checkCohortRefs } from './check-cohort-refs';
import type { CohortRunInput } from './cohort-run-input';
import { CohortRunModel, CohortRunStatus } from './dto/cohort-run.model';
import { RerunCohortRunInput, StartCohortRunInput } from './dto/start-cohort-run.input';
import { ProgramJobRunner } from './jobs/program-job.runner';
import { ProgramJobRepository } from './jobs/program-job.repository';
import {
  CohortRunAlreadyApprovedError,
  CohortRunNotFinishedError,
  UnknownProgramRunError,
  withInputErrors,
} from './program.errors';
import { ProgramRunEntity } from './program-run.entity';
import { ProgramRunRepository } from './program-run.repository';
import { ProgramPeopleRepository } from './scoring/program-people.repository';
import { ProgramScorer } from './scoring/program-scorer';

const DEFAULT_LENGTH_MINUTES = 30;

export interface ApprovedCohortRun {
  readonly run: CohortRunModel;
  readonly matchIds: readonly string[];
}

/** Starts, shows, re-runs and approves cohort assignment runs; the heavy work runs as a job. */
@Injectable()
export class CohortRunService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly runs: ProgramRunRepository,
    private readonly jobs: ProgramJobRepository,
    private readonly people: ProgramPeopleRepository,
    private readonly matches: MatchesService,
    private readonly runner: ProgramJobRunner,
  ) {}

  /** Checks the input against the read models and queues the run; the job computes the result. */
  start(principal: AuthPrincipal, input: StartCohortRunInput): Promise<CohortRunModel> {
    return this.queue(principal, {
      name: input.name,
      menteeIds: input.menteeIds,
      mentors: input.mentors.map(({ mentorId, capacity }) => ({ mentorId, capacity })),
      pins: (input.pins ?? []).map(({ menteeId, mentorId }) => ({ menteeId, mentorId })),
      forbids: (input.forbids ?? []).map(({ menteeId, mentorId }) => ({ menteeId, mentorId })),
      focusSkillIds: input.focusSkillIds ?? [],
      focusTopics: input.focusTopics ?? [],
      format: input.format ?? 'VIDEO_CALL',
      lengthMinutes: input.lengthMinutes ?? DEFAULT_LENGTH_MINUTES,
      rerunOf: null,
    });
  }

  /** The same program again with other pins and forbids (e.g. after a manager's review). */
  async rerun(principal: AuthPrincipal, input: RerunCohortRunInput): Promise<CohortRunModel> {
    const previous = await this.transactions.run(principal.tenantId, (m) =>
      this.runs.find(m, principal.tenantId, input.runId),
    );
    if (!previous) throw new UnknownProgramRunError('runId');
    return this.queue(principal, {
      ...previous.input,
      pins: (input.pins ?? []).map(({ menteeId, mentorId }) => ({ menteeId, mentorId })),
      forbids: (input.forbids ?? []).map(({ menteeId, mentorId }) => ({ menteeId, mentorId })),
      rerunOf: previous.id,
    });
  }

  find(principal: AuthPrincipal, id: string): Promise<CohortRunModel> {
    const { tenantId } = principal;
    return this.transactions.run(tenantId, async (m) => {
      const run = await this.runs.find(m, tenantId, id);
      if (!run) throw new UnknownProgramRunError();
      return this.view(run);
    });
  }

  /**
   * Saves the result as proposed matches and approves them in bulk (match.proposed, then match.accepted
   * for each), all in one transaction. Pairs with someone erased since the run are left out.
   */
  approve(principal: AuthPrincipal, id: string): Promise<ApprovedCohortRun> {
    const { tenantId } = principal;
    return this.transactions.run(tenantId, async (m) => {
      const run = await this.runs.findForUpdate(m, tenantId, id);
      if (!run) throw new UnknownProgramRunError();
      if (run.status !== 'SUCCEEDED' || !run.result) throw new CohortRunNotFinishedError(run.status);
      if (run.approvedAt) throw new CohortRunAlreadyApprovedError();
      const ids = run.result.assignments.flatMap((a) => [a.menteeId, a.mentorId]);
      const known = (await this.people.load(m, tenantId, ids)).byId;
      const pairs = run.result.assignments
        .filter((a) => known.has(a.menteeId) && known.has(a.mentorId))
        .map((a) => ({
          menteeId: a.menteeId,
          mentorId: a.mentorId,
          score: a.score,
          format: run.input.format,
          lengthMinutes: run.input.lengthMinutes,
        }));
      await this.matches.proposeProgramMatches(tenantId, run.id, pairs, m);
      const accepted = await this.matches.approveProgramMatches(tenantId, run.id, m);
      await this.runs.markApproved(m, tenantId, run.id, principal.employeeId);
      const approved = await this.runs.find(m, tenantId, run.id);
      return { run: this.view(approved!), matchIds: accepted.map((match) => match.id) };
    });
  }

  private async queue(principal: AuthPrincipal, input: CohortRunInput): Promise<CohortRunModel> {
    const { tenantId } = principal;
    const queued = await withInputErrors(() =>
      this.transactions.run(tenantId, async (m) => {
        checkCohortRefs(input);
        const ids = [...input.menteeIds, ...input.mentors.map((mentor) => mentor.mentorId)];
        const people = await this.people.load(m, tenantId, ids);
        checkCohortPeople(input, people);
        const capacity = new Map(input.mentors.map((mentor) => [mentor.mentorId, mentor.capacity]));
        const focus = {
          skillIds: input.focusSkillIds,
          topics: input.focusTopics,
          lengthMinutes: input.lengthMinutes,
        };
        checkCohortFeasibility(
          input,
          new ProgramScorer(people, focus, Date.now(), (id) => capacity.get(id) ?? 0),
        );
        const run = await this.runs.insert(m, {
          tenantId,
          id: randomUUID(),
          input,
          requestedBy: principal.employeeId,
        });
        await this.jobs.enqueue(m, { runId: run.id, tenantId });
        return this.view(run);
      }),
    );
    this.runner.poke();
    return queued;
  }

  private view(run: ProgramRunEntity): CohortRunModel {
    return {
      id: run.id,
      name: run.name,
      status: run.status as CohortRunStatus,
      progress: run.progress,
      phase: run.phase,
      result: run.result
        ? {
            ...run.result,
            assignments: run.result.assignments.map((a) => ({ ...a, reasons: [...a.reasons] })),
            unplaced: run.result.unplaced.map((u) => ({ ...u, exclusions: [...u.exclusions] })),
          }
        : null,
      error: run.error,
      approvedAt: run.approvedAt,
      createdAt: run.createdAt,
      finishedAt: run.finishedAt,
    };
  }
}
