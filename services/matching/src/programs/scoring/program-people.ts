import type { DirectorySkill } from '../../employees/directory-entry.entity';
import type { CatalogSkill, MatchingPolicy } from '../../recommendations/domain';

/** One employee as the read models know them, flattened for program scoring (no Nest, no TypeORM). */
export interface ProgramPerson {
  readonly id: string;
  readonly department: string | null;
  readonly timeZone: string;
  readonly languages: readonly string[];
  readonly isActive: boolean;
  readonly skills: readonly DirectorySkill[];
  /** From the mentor profile; absent when the person never filled one in. */
  readonly profile: {
    readonly topics: readonly string[];
    readonly interests: readonly string[];
    readonly goals: readonly string[];
    /** Skills declared on the profile (in addition to identity's). */
    readonly expertise: readonly { readonly skillId: string; readonly level: number }[];
    readonly isVetted: boolean;
    readonly formats: readonly string[];
    readonly sessionLengths: readonly number[];
    readonly capacityPerWeek: number;
    readonly pausedUntil: number | null;
    readonly availableNow: boolean;
  } | null;
  /** Managers above the person, nearest first. */
  readonly managerChainIds: readonly string[];
}

/** Everyone a program run or rotation plan scores, plus the tenant's skill catalog and matching policy. */
export interface ProgramPeople {
  readonly byId: ReadonlyMap<string, ProgramPerson>;
  /** Skills known in the tenant (id → name). */
  readonly skills: ReadonlyMap<string, string>;
  /** The tenant's catalog with related skills; defaults to `skills` without relations. */
  readonly catalog?: readonly CatalogSkill[];
  /** The tenant's weights and vetting rule; defaults to the default weights without vetting. */
  readonly policy?: MatchingPolicy;
}
