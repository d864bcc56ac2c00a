import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CatalogSkill } from '../recommendations/domain';

/** The domain caps relation strengths below 1 (a related skill never counts as the skill itself). */
const MAX_RELATED_STRENGTH = 0.95;

interface CatalogRow {
  id: string;
  name: string;
  aliases: string[];
  related: { skillId: string; strength: number }[];
}

/**
 * The tenant's skill catalog: identity's catalog events when there are any, plus every skill seen in
 * employee snapshots (so matching works before, or without, the catalog events).
 */
@Injectable()
export class SkillCatalogRepository {
  async catalogOf(manager: EntityManager, tenantId: string): Promise<CatalogSkill[]> {
    const rows: CatalogRow[] = await manager.query(
      `select id::text, name, aliases, related from skill_catalog where tenant_id = $1 and not is_deleted
       union all
       select distinct on (s->>'skillId') s->>'skillId', s->>'name', '{}'::text[], '[]'::jsonb
       from employee_directory d, jsonb_array_elements(d.skills) s
       where d.tenant_id = $1 and not exists
         (select 1 from skill_catalog c where c.tenant_id = $1 and c.id::text = s->>'skillId')`,
      [tenantId],
    );
    const ids = new Set(rows.map((r) => r.id));
    return rows
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => ({
        skillId: r.id,
        name: r.name,
        aliases: r.aliases,
        related: r.related
          .filter((rel) => ids.has(rel.skillId) && rel.skillId !== r.id)
          .map((rel) => ({ skillId: rel.skillId, strength: Math.min(rel.strength, MAX_RELATED_STRENGTH) })),
      }));
  }
}
