/** A catalog skill as text understanding sees it (structurally compatible with the skill catalog). */
export interface TextCatalogSkill {
  readonly skillId: string;
  readonly name: string;
  /** Other names, multi-word allowed ("k8s", "container orchestration"). */
  readonly aliases: readonly string[];
  readonly related: readonly { readonly skillId: string; readonly strength: number }[];
}

/** What a question is matched against: the tenant's skills and its topic vocabulary. */
export interface TextCatalog {
  readonly skills: readonly TextCatalogSkill[];
  /** Normalized topic keys in use by mentors (e.g. "career growth"). */
  readonly topics: readonly string[];
}
