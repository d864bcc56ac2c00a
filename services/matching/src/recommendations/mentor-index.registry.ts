import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecommendationChangesRepository } from '../read-models/recommendation-changes.repository';
import { SkillCatalogRepository } from '../read-models/skill-catalog.repository';
import { MatchingSettingsRepository } from '../settings/matching-settings.repository';
import { Bm25MentorTextRanker } from '../text/domain';
import { MentorIndex, buildSkillGraph, resolveMatchingWeights } from './domain';
import { MentorRecordRepository } from './mentor-record.repository';
import { TenantMentorIndex } from './tenant-mentor-index';

const WEEK_MS = 7 * 86_400_000;
/** Load figures depend on the clock (upcoming sessions), so a full rebuild at least this often. */
const MAX_AGE_MS = 10 * 60_000; // recommendation_changes keeps an hour of history (see prune)
/** Past this many changed mentors, one full rebuild is cheaper than many small updates. */
const MAX_INCREMENTAL = 500;

/** Monday 00:00 UTC of the week containing `at`. */
export function weekStartOf(at: number): number {
  const day = new Date(at);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return midnight - ((day.getUTCDay() + 6) % 7) * 86_400_000;
}

/**
 * Per-tenant in-memory indexes, built from the read models and kept current from the change log that
 * every event handler and mutation writes to: each instance applies the changes it has not seen, so
 * several instances stay correct without talking to each other. Refreshes of one tenant never overlap.
 */
@Injectable()
export class MentorIndexRegistry {
  private readonly indexes = new Map<string, TenantMentorIndex>();
  private readonly refreshing = new Map<string, Promise<unknown>>();

  constructor(
    private readonly changes: RecommendationChangesRepository,
    private readonly mentors: MentorRecordRepository,
    private readonly catalog: SkillCatalogRepository,
    private readonly settings: MatchingSettingsRepository,
  ) {}

  /** The tenant's index, brought up to date inside the caller's tenant transaction. */
  async current(manager: EntityManager, tenantId: string, now: number): Promise<TenantMentorIndex> {
    const previous = this.refreshing.get(tenantId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.refresh(manager, tenantId, now));
    this.refreshing.set(tenantId, next);
    try {
      return await next;
    } finally {
      if (this.refreshing.get(tenantId) === next) this.refreshing.delete(tenantId);
    }
  }

  private async refresh(manager: EntityManager, tenantId: string, now: number): Promise<TenantMentorIndex> {
    const existing = this.indexes.get(tenantId);
    if (!existing || existing.weekStart !== weekStartOf(now) || now - existing.builtAt > MAX_AGE_MS)
      return this.rebuild(manager, tenantId, now);
    const changes = await this.changes.since(manager, tenantId, existing.lastSeq);
    if (changes.tenantWide || changes.employeeIds.length > MAX_INCREMENTAL)
      return this.rebuild(manager, tenantId, now);
    if (changes.employeeIds.length > 0) {
      const rows = await this.mentors.load(
        manager,
        tenantId,
        changes.employeeIds,
        weekOf(now),
        new Date(now),
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of changes.employeeIds) existing.apply(byId.get(id), id, now);
    }
    existing.lastSeq = changes.lastSeq;
    return existing;
  }

  private async rebuild(manager: EntityManager, tenantId: string, now: number): Promise<TenantMentorIndex> {
    await this.changes.prune(manager, tenantId);
    const lastSeq = await this.changes.latestSeq(manager, tenantId);
    const settings = await this.settings.get(manager, tenantId);
    const catalog = await this.catalog.catalogOf(manager, tenantId);
    const skills = buildSkillGraph({ skills: catalog });
    const policy = {
      weights: resolveMatchingWeights(settings.weights),
      requiresVetting: settings.requiresVetting,
    };
    const built = new TenantMentorIndex(
      new MentorIndex({ policy, skills }),
      new Bm25MentorTextRanker(),
      catalog,
      skills,
      settings,
      lastSeq,
      weekStartOf(now),
      now,
    );
    for (const row of await this.mentors.load(manager, tenantId, null, weekOf(now), new Date(now)))
      built.apply(row, row.id, now);
    this.indexes.set(tenantId, built);
    return built;
  }
}

function weekOf(now: number): { start: Date; end: Date } {
  const start = weekStartOf(now);
  return { start: new Date(start), end: new Date(start + WEEK_MS) };
}
