import { Bm25MentorTextRanker, type TextCatalog } from '../text/domain';
import { MentorIndex, type CatalogSkill, type MentorRecord, type SkillGraph } from './domain';
import type { MatchingSettings } from '../settings/matching-settings.repository';
import { skillsOf, toMentorRecord, type MentorRow } from './to-mentor-record';

/**
 * One tenant's in-memory recommendation state: the exact top-k MentorIndex, the BM25 ranker over
 * mentors' text, and the catalog the question is understood with. Kept current one mentor at a time.
 */
export class TenantMentorIndex {
  private readonly topics = new Set<string>();
  private textCatalogValue: TextCatalog;

  constructor(
    readonly index: MentorIndex,
    readonly ranker: Bm25MentorTextRanker,
    readonly catalog: readonly CatalogSkill[],
    readonly skills: SkillGraph,
    readonly settings: MatchingSettings,
    public lastSeq: number,
    readonly weekStart: number,
    readonly builtAt: number,
  ) {
    this.textCatalogValue = { skills: catalog, topics: [] };
  }

  /** Stable while unchanged, so the text understanding's compiled catalog cache keeps working. */
  get textCatalog(): TextCatalog {
    return this.textCatalogValue;
  }

  /** Puts a mentor in (opted in and valid) or takes them out; returns false for a record that was refused. */
  apply(row: MentorRow | undefined, mentorId: string, now: number): boolean {
    if (!row || !row.isMentor || row.status !== 'ACTIVE') {
      this.index.remove(mentorId);
      this.ranker.remove(mentorId);
      return true;
    }
    const record: MentorRecord = toMentorRecord(row, now);
    try {
      this.index.upsert(record);
    } catch {
      this.index.remove(mentorId);
      this.ranker.remove(mentorId);
      return false;
    }
    this.ranker.upsert({
      mentorId,
      bio: row.bio,
      topics: record.topics,
      skillNames: skillsOf(row).map((s) => this.skills.nameOf(s.skillId)),
    });
    this.addTopics(record.topics);
    return true;
  }

  private addTopics(topics: readonly string[]): void {
    const fresh = topics.filter((t) => !this.topics.has(t));
    if (fresh.length === 0) return;
    for (const topic of fresh) this.topics.add(topic);
    this.textCatalogValue = { skills: this.catalog, topics: [...this.topics].sort() };
  }
}
