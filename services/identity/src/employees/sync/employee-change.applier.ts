import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventType, NewEvent } from '@mentormesh/contracts';
import { DomainError, NotFoundError } from '@mentormesh/graphql';
import { EmployeeState, mergeSkills } from '../domain/employee-state';
import { PlannedChange, planEmployeeChange } from '../domain/plan-employee-change';
import {
  EmailTakenError,
  EmployeeVersionMismatchError,
  ExternalIdTakenError,
  SelfManagerError,
  UnknownManagerReferenceError,
} from '../employee.errors';
import { EmployeeSyncRepository, StoredEmployee } from '../employee-sync.repository';
import { ChangeOutcome, EmployeeChange, desiredFromState } from './employee-change';
import { OutboxBatch } from './outbox-batch';

interface Prepared {
  readonly change: EmployeeChange;
  readonly stored: StoredEmployee | null;
  readonly id: string;
  error?: DomainError;
  managerId?: string | null;
  managerUnresolved?: string;
}

/**
 * Applies a batch of employee changes inside one tenant transaction, set-based: a handful of reads,
 * one upsert, one skills replacement and one outbox insert, whatever the batch size. Per-change problems
 * (email taken, unknown manager, stale version) become failed outcomes and never stop the others; a
 * database error throws and rolls back the whole batch (callers retry one by one).
 */
@Injectable()
export class EmployeeChangeApplier {
  constructor(
    private readonly repository: EmployeeSyncRepository,
    private readonly outbox: OutboxBatch,
  ) {}

  async apply(
    m: EntityManager,
    tenantId: string,
    changes: readonly EmployeeChange[],
    knownIds: ReadonlyMap<string, string> = new Map(),
  ): Promise<ChangeOutcome[]> {
    const prepared = await this.load(m, tenantId, changes);
    await this.checkUniqueness(m, tenantId, prepared);
    await this.resolveManagers(m, tenantId, prepared, knownIds);
    const planned = new Map<Prepared, PlannedChange>();
    for (const p of prepared)
      if (!p.error) planned.set(p, planEmployeeChange(p.stored, p.id, this.stateOf(p)));
    await this.write(m, tenantId, [...planned.values()]);
    return prepared.map((p): ChangeOutcome => {
      const plan = planned.get(p);
      if (!plan) return { ok: false, error: p.error! };
      return {
        ok: true,
        id: plan.id,
        kind: plan.kind,
        version: plan.version,
        managerUnresolved: p.managerUnresolved,
      };
    });
  }

  /**
   * Re-derives the employees' records from what is stored (e.g. a skill was renamed or deleted) and
   * publishes the snapshots that changed.
   */
  async refresh(m: EntityManager, tenantId: string, ids: readonly string[]): Promise<void> {
    const stored = await this.repository.findByIds(m, tenantId, ids);
    const changes = stored.map(
      (s): EmployeeChange => ({ key: { id: s.id }, desired: desiredFromState(s.state) }),
    );
    const outcomes = await this.apply(m, tenantId, changes);
    throwFirstFailure(outcomes);
  }

  /** Applies one change and returns its outcome, throwing its error when it failed. */
  async applyOne(
    m: EntityManager,
    tenantId: string,
    change: EmployeeChange,
  ): Promise<ChangeOutcome & { ok: true }> {
    const [outcome] = await this.apply(m, tenantId, [change]);
    throwFirstFailure([outcome]);
    return outcome as ChangeOutcome & { ok: true };
  }

  private async load(
    m: EntityManager,
    tenantId: string,
    changes: readonly EmployeeChange[],
  ): Promise<Prepared[]> {
    const externalIds = changes.flatMap((c) => ('externalId' in c.key ? [c.key.externalId] : []));
    const ids = changes.flatMap((c) => ('id' in c.key ? [c.key.id] : []));
    const [byExternal, byId] = await Promise.all([
      this.repository.findByExternalIds(m, tenantId, externalIds),
      this.repository.findByIds(m, tenantId, ids),
    ]);
    const external = new Map(byExternal.map((s) => [s.state.externalId!, s]));
    const own = new Map(byId.map((s) => [s.id, s]));
    return changes.map((change): Prepared => {
      const key = change.key;
      const stored =
        'externalId' in key ? external.get(key.externalId) : 'id' in key ? own.get(key.id) : undefined;
      const prepared: Prepared = { change, stored: stored ?? null, id: stored?.id ?? randomUUID() };
      if ('id' in key && !stored) prepared.error = new NotFoundError('Employee', key.id);
      else if (change.ifVersion !== undefined && stored && stored.version !== change.ifVersion)
        prepared.error = new EmployeeVersionMismatchError();
      return prepared;
    });
  }

  /** Emails and external ids are unique per tenant: check against the database and within the batch. */
  private async checkUniqueness(m: EntityManager, tenantId: string, prepared: Prepared[]): Promise<void> {
    const live = prepared.filter((p) => !p.error);
    const externalIds = live.flatMap((p) =>
      p.change.desired.externalId ? [p.change.desired.externalId] : [],
    );
    const [emails, externals] = await Promise.all([
      this.repository.emailOwners(
        m,
        tenantId,
        live.map((p) => p.change.desired.email),
      ),
      this.repository.idsByExternalId(m, tenantId, externalIds),
    ]);
    const seenEmails = new Map<string, string>();
    const seenExternal = new Map<string, string>();
    for (const p of live) {
      const email = p.change.desired.email.toLowerCase();
      const externalId = p.change.desired.externalId;
      const emailOwner = seenEmails.get(email) ?? emails.get(email);
      const externalOwner = externalId
        ? (seenExternal.get(externalId) ?? externals.get(externalId))
        : undefined;
      if (emailOwner && emailOwner !== p.id) p.error = new EmailTakenError();
      else if (externalOwner && externalOwner !== p.id) p.error = new ExternalIdTakenError();
      else {
        seenEmails.set(email, p.id);
        if (externalId) seenExternal.set(externalId, p.id);
      }
    }
  }

  private async resolveManagers(
    m: EntityManager,
    tenantId: string,
    prepared: Prepared[],
    knownIds: ReadonlyMap<string, string>,
  ): Promise<void> {
    const live = prepared.filter((p) => !p.error);
    const inBatch = new Map<string, string>();
    for (const p of live) if (p.change.desired.externalId) inBatch.set(p.change.desired.externalId, p.id);
    const refs = live.map((p) => p.change.desired.manager);
    const externalRefs = refs.flatMap((r) => (r && 'externalId' in r ? [r.externalId] : []));
    const idRefs = refs.flatMap((r) => (r && 'id' in r ? [r.id] : []));
    const [byExternal, existing] = await Promise.all([
      this.repository.idsByExternalId(
        m,
        tenantId,
        externalRefs.filter((e) => !inBatch.has(e) && !knownIds.has(e)),
      ),
      this.repository.findByIds(m, tenantId, idRefs),
    ]);
    const existingIds = new Set(existing.map((e) => e.id));
    for (const p of live) {
      const ref = p.change.desired.manager;
      const field = p.change.managerField ?? 'managerId';
      if (!ref) p.managerId = null;
      else if ('id' in ref) {
        if (ref.id === p.id) p.error = new SelfManagerError(field);
        else if (!existingIds.has(ref.id)) p.error = new UnknownManagerReferenceError(field);
        else p.managerId = ref.id;
      } else {
        const id =
          inBatch.get(ref.externalId) ?? knownIds.get(ref.externalId) ?? byExternal.get(ref.externalId);
        if (id === p.id) p.error = new SelfManagerError(field);
        else if (id) p.managerId = id;
        else {
          p.managerId = null;
          p.managerUnresolved = ref.externalId;
        }
      }
    }
  }

  private stateOf(p: Prepared): EmployeeState {
    const { manager: _manager, roles, skills, userName, ...fields } = p.change.desired;
    const current = p.stored?.state;
    return {
      ...fields,
      userName: userName !== undefined ? userName : (current?.userName ?? null),
      managerId: p.managerId ?? null,
      roles: roles ?? current?.roles ?? ['EMPLOYEE'],
      skills: skills
        ? mergeSkills(current?.skills ?? [], skills.list, skills.source)
        : (current?.skills ?? []),
    };
  }

  private async write(m: EntityManager, tenantId: string, plans: readonly PlannedChange[]): Promise<void> {
    const changed = plans.filter((p) => p.kind !== 'UNCHANGED');
    if (changed.length === 0) return;
    const written = await this.repository.upsert(m, tenantId, changed);
    if (written !== changed.length) throw new EmployeeVersionMismatchError();
    await this.repository.replaceSkills(
      m,
      tenantId,
      changed.filter((p) => p.kind === 'UPDATED').map((p) => p.id),
      changed.flatMap((p) => p.state.skills.map((skill) => ({ employeeId: p.id, skill }))),
    );
    await this.outbox.appendAll(
      m,
      changed.flatMap((p) => eventsOf(tenantId, p)),
    );
  }
}

function eventsOf(tenantId: string, plan: PlannedChange): NewEvent<EventType>[] {
  const events: NewEvent<EventType>[] = [];
  const base = { tenantId, aggregateId: plan.id, aggregateVersion: plan.version };
  if (plan.snapshot) events.push({ ...base, type: 'employee.upserted', payload: plan.snapshot });
  if (plan.deactivated) events.push({ ...base, type: 'employee.deactivated', payload: { id: plan.id } });
  return events;
}

function throwFirstFailure(outcomes: readonly ChangeOutcome[]): void {
  for (const outcome of outcomes) if (!outcome.ok) throw outcome.error;
}
