/** A catalog skill as name resolution sees it. */
export interface NamedSkill {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Whitespace-collapsed, case-folded form used to compare skill names and aliases. */
export function skillKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * Resolves the names an HR system sends to catalog skills, case-insensitively, by name first and then
 * by alias (an alias shared by two skills resolves to neither).
 */
export function buildSkillNameIndex(skills: readonly NamedSkill[]): (name: string) => NamedSkill | undefined {
  const byName = new Map<string, NamedSkill>();
  const byAlias = new Map<string, NamedSkill | null>();
  for (const skill of skills) byName.set(skillKey(skill.name), skill);
  for (const skill of skills) {
    for (const alias of skill.aliases) {
      const key = skillKey(alias);
      byAlias.set(key, byAlias.has(key) && byAlias.get(key)?.id !== skill.id ? null : skill);
    }
  }
  return (name) => {
    const key = skillKey(name);
    return byName.get(key) ?? byAlias.get(key) ?? undefined;
  };
}
