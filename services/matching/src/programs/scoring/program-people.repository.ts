import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DirectoryEntryEntity } from '../../employees/directory-entry.entity';
import { MentorProfileEntity } from '../../mentor-profiles/mentor-profile.entity';
import { SkillCatalogRepository } from '../../read-models/skill-catalog.repository';
import { resolveMatchingWeights, type MatchingPolicy } from '../../recommendations/domain';
import { MatchingSettingsRepository } from '../../settings/matching-settings.repository';
import type { ProgramPeople, ProgramPerson } from './program-people';

/**
 * Reads the employee and mentor-profile read models, the tenant's skill catalog and matching settings
 * (kept by the employees, mentor-profiles, read-models and settings modules) for the people of a
 * program; no tables of its own.
 */
@Injectable()
export class ProgramPeopleRepository {
  constructor(
    private readonly catalogs: SkillCatalogRepository,
    private readonly settings: MatchingSettingsRepository,
  ) {}

  async load(manager: EntityManager, tenantId: string, ids: readonly string[]): Promise<ProgramPeople> {
    const unique = [...new Set(ids)];
    const entries = await manager.findBy(DirectoryEntryEntity, { tenantId, id: In(unique) });
    const profiles = await manager.findBy(MentorProfileEntity, { tenantId, employeeId: In(unique) });
    const chains = await this.managerChains(manager, tenantId, unique);
    const catalog = await this.catalogs.catalogOf(manager, tenantId);
    const settings = await this.settings.get(manager, tenantId);
    const policy: MatchingPolicy = {
      weights: resolveMatchingWeights(settings.weights),
      requiresVetting: settings.requiresVetting,
    };
    const skills = new Map(catalog.map((skill) => [skill.skillId, skill.name]));
    const profileOf = new Map(profiles.map((p) => [p.employeeId, p]));
    const byId = new Map<string, ProgramPerson>();
    for (const entry of entries) {
      const profile = profileOf.get(entry.id);
      byId.set(entry.id, {
        id: entry.id,
        department: entry.department,
        timeZone: entry.timeZone,
        languages: entry.languages,
        isActive: entry.status === 'ACTIVE',
        skills: entry.skills,
        profile: profile
          ? {
              topics: profile.topics,
              interests: profile.interests,
              goals: profile.goals,
              expertise: profile.expertise,
              isVetted: profile.vettingStatus === 'VETTED',
              formats: profile.formats,
              sessionLengths: profile.sessionLengths,
              capacityPerWeek: profile.capacityPerWeek,
              pausedUntil: profile.pausedUntil ? profile.pausedUntil.getTime() : null,
              availableNow: profile.availableNow,
            }
          : null,
        managerChainIds: chains.get(entry.id) ?? [],
      });
    }
    return { byId, skills, catalog, policy };
  }

  /** Each person's managers, nearest first (cycles in bad HR data stop at 20 levels). */
  private async managerChains(
    manager: EntityManager,
    tenantId: string,
    ids: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: { employee_id: string; manager_id: string }[] = await manager.query(
      `with recursive chain (employee_id, manager_id, depth) as (
         select id, manager_id, 1 from employee_directory
         where tenant_id = $1 and id = any($2::uuid[]) and manager_id is not null
         union all
         select c.employee_id, d.manager_id, c.depth + 1 from chain c
         join employee_directory d on d.tenant_id = $1 and d.id = c.manager_id
         where d.manager_id is not null and c.depth < 20)
       select employee_id, manager_id from chain order by employee_id, depth`,
      [tenantId, ids],
    );
    const chains = new Map<string, string[]>();
    for (const row of rows)
      chains.set(row.employee_id, [...(chains.get(row.employee_id) ?? []), row.manager_id]);
    return chains;
  }
}
