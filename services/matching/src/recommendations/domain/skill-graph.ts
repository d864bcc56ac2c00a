import { InvalidMatchingInputError } from '../../matching.errors';

export interface RelatedSkill {
  readonly skillId: string;
  /** How much expertise in the related skill helps, in (0, 1). */
  readonly strength: number;
}

/** One entry of the tenant's skill catalog (from identity). */
export interface CatalogSkill {
  readonly skillId: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly related: readonly RelatedSkill[];
}

export interface SkillCatalog {
  readonly skills: readonly CatalogSkill[];
}

/** Lookup structure over a catalog; relations are made symmetric (strongest strength wins). */
export interface SkillGraph {
  has(skillId: string): boolean;
  /** Display name of a catalog skill (the id itself for an unknown skill). */
  nameOf(skillId: string): string;
  /** Related skills of `skillId`, excluding itself, sorted by skill id. */
  related(skillId: string): readonly RelatedSkill[];
}

const MAX_RELATED_STRENGTH = 0.95;

function collectIds(catalog: SkillCatalog): Set<string> {
  const ids = new Set<string>();
  catalog.skills.forEach((skill, i) => {
    if (!skill.skillId) throw new InvalidMatchingInputError(`catalog.skills[${i}].skillId`, 'is required');
    if (ids.has(skill.skillId))
      throw new InvalidMatchingInputError(`catalog.skills[${i}].skillId`, 'is duplicated');
    ids.add(skill.skillId);
  });
  return ids;
}

/** Relations in both directions, the strongest strength winning; validated. */
function symmetricRelations(
  catalog: SkillCatalog,
  ids: ReadonlySet<string>,
): Map<string, Map<string, number>> {
  const edges = new Map<string, Map<string, number>>();
  const link = (from: string, to: string, strength: number): void => {
    const row = edges.get(from) ?? new Map<string, number>();
    row.set(to, Math.max(row.get(to) ?? 0, strength));
    edges.set(from, row);
  };
  catalog.skills.forEach((skill, i) => {
    skill.related.forEach((rel, j) => {
      const field = `catalog.skills[${i}].related[${j}]`;
      if (!ids.has(rel.skillId))
        throw new InvalidMatchingInputError(`${field}.skillId`, 'is not in the catalog');
      if (!(rel.strength > 0 && rel.strength <= MAX_RELATED_STRENGTH)) {
        throw new InvalidMatchingInputError(`${field}.strength`, `must be in (0, ${MAX_RELATED_STRENGTH}]`);
      }
      if (rel.skillId === skill.skillId) return;
      link(skill.skillId, rel.skillId, rel.strength);
      link(rel.skillId, skill.skillId, rel.strength);
    });
  });
  return edges;
}

/** Builds the skill graph; throws naming the bad field on unknown or malformed relations. */
export function buildSkillGraph(catalog: SkillCatalog): SkillGraph {
  const ids = collectIds(catalog);
  const names = new Map(catalog.skills.map((skill) => [skill.skillId, skill.name]));
  const related = new Map<string, readonly RelatedSkill[]>();
  for (const [skillId, row] of symmetricRelations(catalog, ids)) {
    const list = [...row].map(([id, strength]) => ({ skillId: id, strength }));
    related.set(
      skillId,
      list.sort((a, b) => (a.skillId < b.skillId ? -1 : 1)),
    );
  }
  return {
    has: (skillId) => ids.has(skillId),
    nameOf: (skillId) => names.get(skillId) ?? skillId,
    related: (skillId) => related.get(skillId) ?? [],
  };
}
