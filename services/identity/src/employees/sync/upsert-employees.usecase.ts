import { setImmediate } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { DomainError, NotFoundError, ValidationError } from '@mentormesh/graphql';
import { SkillRepository } from '../../skills/skill.repository';
import { buildSkillNameIndex } from '../../skills/domain/skill-name-index';
import { TenantRepository } from '../../tenants/tenant.repository';
import { EmailTakenError, EmployeeVersionMismatchError, ExternalIdTakenError } from '../employee.errors';
import { ChangeOutcome, EmployeeChange } from './employee-change';
import { EmployeeChangeApplier } from './employee-change.applier';
import { EmployeeSyncResultModel, EmployeeSyncStatus } from './employee-sync-result.model';
import { RecordDefaults, recordToChange } from './record-to-change';

export const MAX_RECORDS_PER_CALL = 5000;
/** Records per transaction: set-based statements, small enough that validation of the next overlaps. */
const BATCH_SIZE = 250;
/** Records validated between yields to the event loop (a few milliseconds of CPU). */
const VALIDATION_SLICE = 50;

interface Item {
  readonly index: number;
  readonly change: EmployeeChange;
}

class RecordSaveError extends DomainError {
  readonly code = 'IDENTITY.RECORD_NOT_SAVED';
  readonly kind = 'CONFLICT';
}

/**
 * Bulk HR sync: validates every record alone, then writes them in batches of set-based statements (one
 * transaction per batch, outbox rows for changed snapshots only). A batch the database rejects is
 * retried record by record, so one bad record never aborts the others. Managers are resolved by external
 * id, including managers that appear later in the same call.
 */
@Injectable()
export class UpsertEmployeesUseCase {
  private readonly log = new Logger(UpsertEmployeesUseCase.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly tenants: TenantRepository,
    private readonly skills: SkillRepository,
    private readonly applier: EmployeeChangeApplier,
  ) {}

  async execute(tenantId: string, records: readonly unknown[]): Promise<EmployeeSyncResultModel[]> {
    if (records.length > MAX_RECORDS_PER_CALL)
      throw new ValidationError('records', `at most ${MAX_RECORDS_PER_CALL} records per call`);
    const defaults = await this.defaults(tenantId);
    const results = records.map((raw, index) => result(index, externalIdOf(raw)));
    const known = new Map<string, string>();
    const pending: Item[] = [];
    // Batch n+1 is validated (CPU, in slices that yield) while batch n's statements are in the database.
    let previous: Promise<void> = Promise.resolve();
    for (let start = 0; start < records.length; start += BATCH_SIZE) {
      const batch = await this.validate(records, start, defaults, results);
      await previous;
      previous = this.applyAndRecord(tenantId, batch, known, results, pending);
      // Observed now so a failure while the next batch validates is not an unhandled rejection; the
      // `await previous` above still throws it.
      previous.catch(() => undefined);
    }
    await previous;
    await this.resolveLateManagers(tenantId, pending, results, known);
    const counts: Record<string, number> = {};
    for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
    this.log.log(`employees synced tenant=${tenantId} ${JSON.stringify(counts)}`);
    return results;
  }

  /** Validates one batch of records; the failures get their result, the others become changes. */
  private async validate(
    records: readonly unknown[],
    start: number,
    defaults: RecordDefaults,
    results: EmployeeSyncResultModel[],
  ): Promise<Item[]> {
    const items: Item[] = [];
    const end = Math.min(start + BATCH_SIZE, records.length);
    for (let index = start; index < end; index++) {
      if (index > start && (index - start) % VALIDATION_SLICE === 0) await setImmediate();
      const change = recordToChange(records[index], defaults);
      if (change instanceof DomainError) Object.assign(results[index], failed(change));
      else items.push({ index, change });
    }
    return items;
  }

  private async applyAndRecord(
    tenantId: string,
    batch: readonly Item[],
    known: Map<string, string>,
    results: EmployeeSyncResultModel[],
    pending: Item[],
  ): Promise<void> {
    if (batch.length === 0) return;
    const outcomes = await this.applyBatch(tenantId, batch, known);
    batch.forEach((item, k) => {
      const outcome = outcomes[k];
      this.record(results[item.index], outcome, known, item);
      if (outcome.ok && outcome.managerUnresolved) pending.push(item);
    });
  }

  /** Records whose manager came later in the call get their manager in a second, smaller pass. */
  private async resolveLateManagers(
    tenantId: string,
    pending: readonly Item[],
    results: EmployeeSyncResultModel[],
    known: Map<string, string>,
  ): Promise<void> {
    const ready = pending.filter((item) => {
      const manager = item.change.desired.manager;
      return manager && 'externalId' in manager && known.has(manager.externalId);
    });
    for (let i = 0; i < ready.length; i += BATCH_SIZE) {
      const batch = ready.slice(i, i + BATCH_SIZE);
      const outcomes = await this.applyBatch(tenantId, batch, known);
      batch.forEach((item, k) => {
        const first = results[item.index].status;
        this.record(results[item.index], outcomes[k], known, item);
        if (first === EmployeeSyncStatus.CREATED) results[item.index].status = first;
      });
    }
  }

  private record(
    target: EmployeeSyncResultModel,
    outcome: ChangeOutcome,
    known: Map<string, string>,
    item: Item,
  ): void {
    if (!outcome.ok) {
      Object.assign(target, failed(outcome.error));
      return;
    }
    known.set((item.change.key as { externalId: string }).externalId, outcome.id);
    target.employeeId = outcome.id;
    target.status = EmployeeSyncStatus[outcome.kind];
    target.reason = outcome.managerUnresolved
      ? `managerExternalId: no employee with external id ${JSON.stringify(outcome.managerUnresolved)} yet; saved without a manager`
      : null;
    target.field = outcome.managerUnresolved ? 'managerExternalId' : null;
  }

  private async applyBatch(
    tenantId: string,
    batch: readonly Item[],
    known: ReadonlyMap<string, string>,
  ): Promise<ChangeOutcome[]> {
    try {
      return await this.transactions.run(tenantId, (m) =>
        this.applier.apply(
          m,
          tenantId,
          batch.map((i) => i.change),
          known,
        ),
      );
    } catch (error) {
      if (batch.length > 1) {
        const outcomes: ChangeOutcome[] = [];
        for (const item of batch) outcomes.push(...(await this.applyBatch(tenantId, [item], known)));
        return outcomes;
      }
      return [{ ok: false, error: this.translate(error) }];
    }
  }

  private translate(error: unknown): DomainError {
    if (error instanceof DomainError) return error;
    const pg =
      error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
    if (pg.code === '23505' && pg.constraint === 'employees_tenant_email') return new EmailTakenError();
    if (pg.code === '23505' && pg.constraint === 'employees_tenant_external')
      return new ExternalIdTakenError();
    if (pg.code === '40001' || pg.code === '40P01') return new EmployeeVersionMismatchError();
    this.log.error(`employee record not saved: ${String(error)}`, (error as Error).stack);
    return new RecordSaveError('record: could not be saved; retry it');
  }

  private defaults(tenantId: string): Promise<RecordDefaults> {
    return this.transactions.run(tenantId, async (m) => {
      const tenant = await this.tenants.findCurrent(m, tenantId);
      if (!tenant) throw new NotFoundError('Tenant', tenantId);
      const findSkill = buildSkillNameIndex(await this.skills.list(m, tenantId));
      return { timeZone: tenant.defaultTimeZone, locale: tenant.locale, findSkill };
    });
  }
}

function externalIdOf(raw: unknown): string | null {
  const externalId = (raw as { externalId?: unknown } | null)?.externalId;
  return typeof externalId === 'string' ? externalId : null;
}

function result(index: number, externalId: string | null): EmployeeSyncResultModel {
  return { index, externalId, employeeId: null, status: EmployeeSyncStatus.ERROR, reason: null, field: null };
}

function failed(error: DomainError): Partial<EmployeeSyncResultModel> {
  return {
    status: EmployeeSyncStatus.ERROR,
    reason: error.message,
    field: error.field ?? null,
    employeeId: null,
  };
}
