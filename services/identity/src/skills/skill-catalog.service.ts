import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, QueryFailedError } from 'typeorm';
import { TenantTransactions } from '@mentormesh/database';
import { Connection, NotFoundError, ValidationError, decodeCursor, toConnection } from '@mentormesh/graphql';
import { OutboxWriter } from '@mentormesh/messaging';
import { EmployeeChangeApplier } from '../employees/sync/employee-change.applier';
import { NamedSkill, buildSkillNameIndex, skillKey } from './domain/skill-name-index';
import { SkillNameTakenError } from './skill.errors';
import { SkillInput } from './skill.input';
import { SkillRecord, SkillRepository } from './skill.repository';

/** The tenant's skill catalog: managed by ORG_ADMIN / LD_MANAGER, published for matching. */
@Injectable()
export class SkillCatalogService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly skills: SkillRepository,
    private readonly employees: EmployeeChangeApplier,
    private readonly outbox: OutboxWriter,
  ) {}

  create(tenantId: string, input: SkillInput): Promise<SkillRecord> {
    return this.transactions.run(tenantId, (m) => this.save(m, tenantId, randomUUID(), 1, input));
  }

  /** Renaming republishes the snapshots of everyone holding the skill (snapshots carry its name). */
  update(tenantId: string, id: string, input: SkillInput): Promise<SkillRecord> {
    return this.transactions.run(tenantId, async (m) => {
      const [current] = await this.skills.findByIds(m, tenantId, [id]);
      if (!current) throw new NotFoundError('Skill', id);
      const saved = await this.save(m, tenantId, id, current.version + 1, input);
      if (saved.name !== current.name)
        await this.employees.refresh(m, tenantId, await this.skills.holders(m, tenantId, id));
      return saved;
    });
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    return this.transactions.run(tenantId, async (m) => {
      const [current] = await this.skills.findByIds(m, tenantId, [id]);
      if (!current) throw new NotFoundError('Skill', id);
      const holders = await this.skills.delete(m, tenantId, id);
      await this.employees.refresh(m, tenantId, holders);
      await this.outbox.append(m, {
        type: 'skill_catalog.skill_deleted',
        tenantId,
        aggregateId: id,
        aggregateVersion: current.version + 1,
        payload: { id },
      });
      return true;
    });
  }

  list(tenantId: string): Promise<SkillRecord[]> {
    return this.transactions.run(tenantId, (m) => this.skills.list(m, tenantId));
  }

  async page(tenantId: string, first: number, after?: string): Promise<Connection<SkillRecord>> {
    const cursor = after ? decodeCursor(after) : undefined;
    const key = cursor ? { name: String(cursor[0]), id: String(cursor[1]) } : undefined;
    const rows = await this.transactions.run(tenantId, (m) => this.skills.page(m, tenantId, first + 1, key));
    return toConnection(rows, first, (s) => [s.name.toLowerCase(), s.id]);
  }

  async find(tenantId: string, id: string): Promise<SkillRecord | null> {
    const [skill] = await this.transactions.run(tenantId, (m) => this.skills.findByIds(m, tenantId, [id]));
    return skill ?? null;
  }

  /** Name/alias resolution over the whole catalog, for HR records that name skills. */
  async nameIndex(m: EntityManager, tenantId: string): Promise<(name: string) => NamedSkill | undefined> {
    return buildSkillNameIndex(await this.skills.list(m, tenantId));
  }

  private async save(
    m: EntityManager,
    tenantId: string,
    id: string,
    version: number,
    input: SkillInput,
  ): Promise<SkillRecord> {
    await this.checkReferences(m, tenantId, id, input);
    const aliases = uniqueBy(
      input.aliases.map((a) => a.trim()),
      skillKey,
    ).filter((a) => skillKey(a) !== skillKey(input.name));
    const related = [...new Map(input.related.map((r) => [r.skillId, r])).values()];
    const skill: SkillRecord = {
      id,
      name: input.name.trim(),
      aliases,
      category: input.category?.trim() || null,
      parentId: input.parentId ?? null,
      related: related.map((r) => ({ skillId: r.skillId, strength: Math.round(r.strength * 100) / 100 })),
      version,
    };
    await this.skills.save(m, tenantId, skill).catch((error: unknown) => {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw new SkillNameTakenError();
      throw error;
    });
    const { version: _v, ...payload } = skill;
    await this.outbox.append(m, {
      type: 'skill_catalog.skill_upserted',
      tenantId,
      aggregateId: id,
      aggregateVersion: version,
      payload,
    });
    return skill;
  }

  /** Parent and related skills must be other skills of this catalog, and parents must not loop. */
  private async checkReferences(
    m: EntityManager,
    tenantId: string,
    id: string,
    input: SkillInput,
  ): Promise<void> {
    const catalog = new Map((await this.skills.list(m, tenantId)).map((s) => [s.id, s]));
    input.related.forEach((r, i) => {
      if (r.skillId === id || !catalog.has(r.skillId))
        throw new ValidationError(`related.${i}.skillId`, 'must be another skill of this catalog');
    });
    if (!input.parentId) return;
    if (!catalog.has(input.parentId))
      throw new ValidationError('parentId', 'must be a skill of this catalog');
    for (let at: string | null = input.parentId; at; at = catalog.get(at)?.parentId ?? null) {
      if (at === id) throw new ValidationError('parentId', 'would make the skill its own ancestor');
    }
  }
}

/** The first of each group of items with the same key, in order. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
