import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SkillSnapshot } from '@mentormesh/contracts';

export interface SkillRecord extends SkillSnapshot {
  readonly version: number;
}

interface RawSkill {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
  parent_id: string | null;
  version: number;
  related: { skillId: string; strength: number }[];
}

const SELECT = `select s.id, s.name, s.aliases, s.category, s.parent_id, s.version,
  coalesce((select jsonb_agg(jsonb_build_object('skillId', r.related_skill_id, 'strength', r.strength)
            order by r.related_skill_id)
            from skill_relations r where r.skill_id = s.id), '[]'::jsonb) as related
  from skills s`;

/** The only SQL for the skill catalog; always inside a tenant transaction. */
@Injectable()
export class SkillRepository {
  async list(m: EntityManager, tenantId: string): Promise<SkillRecord[]> {
    const rows: RawSkill[] = await m.query(`${SELECT} where s.tenant_id = $1 order by lower(s.name), s.id`, [
      tenantId,
    ]);
    return rows.map(toRecord);
  }

  /** Keyset page ordered by (lower(name), id). */
  async page(
    m: EntityManager,
    tenantId: string,
    limit: number,
    after?: { name: string; id: string },
  ): Promise<SkillRecord[]> {
    const rows: RawSkill[] = after
      ? await m.query(
          `${SELECT} where s.tenant_id = $1 and (lower(s.name), s.id) > ($3, $4::uuid)
           order by lower(s.name), s.id limit $2`,
          [tenantId, limit, after.name, after.id],
        )
      : await m.query(`${SELECT} where s.tenant_id = $1 order by lower(s.name), s.id limit $2`, [
          tenantId,
          limit,
        ]);
    return rows.map(toRecord);
  }

  async findByIds(m: EntityManager, tenantId: string, ids: readonly string[]): Promise<SkillRecord[]> {
    if (ids.length === 0) return [];
    const rows: RawSkill[] = await m.query(`${SELECT} where s.tenant_id = $1 and s.id = any($2::uuid[])`, [
      tenantId,
      ids,
    ]);
    return rows.map(toRecord);
  }

  async save(m: EntityManager, tenantId: string, skill: SkillRecord): Promise<void> {
    await m.query(
      `insert into skills (id, tenant_id, name, aliases, category, parent_id, version)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (id) do update set name = excluded.name, aliases = excluded.aliases,
         category = excluded.category, parent_id = excluded.parent_id, version = excluded.version,
         updated_at = now()`,
      [skill.id, tenantId, skill.name, skill.aliases, skill.category, skill.parentId, skill.version],
    );
    await m.query(`delete from skill_relations where tenant_id = $1 and skill_id = $2`, [tenantId, skill.id]);
    if (skill.related.length === 0) return;
    await m.query(
      `insert into skill_relations (tenant_id, skill_id, related_skill_id, strength)
       select $1, $2, r.skill_id, r.strength from jsonb_to_recordset($3::jsonb) as r(skill_id uuid, strength numeric)`,
      [
        tenantId,
        skill.id,
        JSON.stringify(skill.related.map((r) => ({ skill_id: r.skillId, strength: r.strength }))),
      ],
    );
  }

  /** Deletes the skill; returns the employees who had it (their skills rows are gone with it). */
  async delete(m: EntityManager, tenantId: string, id: string): Promise<string[]> {
    const holders: { employee_id: string }[] = await m.query(
      `select employee_id from employee_skills where tenant_id = $1 and skill_id = $2`,
      [tenantId, id],
    );
    await m.query(`delete from skills where tenant_id = $1 and id = $2`, [tenantId, id]);
    return holders.map((h) => h.employee_id);
  }

  async holders(m: EntityManager, tenantId: string, skillId: string): Promise<string[]> {
    const rows: { employee_id: string }[] = await m.query(
      `select employee_id from employee_skills where tenant_id = $1 and skill_id = $2`,
      [tenantId, skillId],
    );
    return rows.map((r) => r.employee_id);
  }
}

function toRecord(r: RawSkill): SkillRecord {
  return {
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    category: r.category,
    parentId: r.parent_id,
    version: r.version,
    related: r.related.map((x) => ({ skillId: x.skillId, strength: Number(x.strength) })),
  };
}
