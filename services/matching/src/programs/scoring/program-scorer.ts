import {
  DEFAULT_MATCHING_WEIGHTS,
  buildSkillGraph,
  checkEligibility,
  explainCandidate,
  prepareRecommendation,
  scoreCandidate,
  type IneligibilityReason,
  type MentorRecord,
  type PreparedRecommendation,
  type RecommendationContext,
  type RecommendationRequest,
} from '../../recommendations/domain';
import type { ProgramPeople, ProgramPerson } from './program-people';
import { utcOffsetMinutes } from './utc-offset-minutes';

const PROGRAM_WINDOW_MS = 28 * 24 * 3_600_000;
const MAX_TOPICS = 30;
const DEFAULT_SESSION_LENGTHS = [15, 30];
const DEFAULT_SESSIONS_PER_WEEK = 2;

/** What a program scores every pair on, besides each mentee's own interests. */
export interface ProgramFocus {
  readonly skillIds: readonly string[];
  readonly topics: readonly string[];
  readonly lengthMinutes: number;
}

export type PairRating =
  | { readonly score: number; readonly excludedBy: null }
  | { readonly score: 0; readonly excludedBy: IneligibilityReason };

/**
 * Rates mentee/mentor pairs of a program with the recommendation scoring (same components, weights
 * and hard rules: self, inactive, paused, over capacity, manager chain), with each mentee as the asker
 * of a request for the program's focus plus the mentee's own interests.
 */
export class ProgramScorer {
  private readonly context: RecommendationContext;
  private readonly records = new Map<string, MentorRecord>();
  private readonly prepared = new Map<string, PreparedRecommendation>();

  constructor(
    private readonly people: ProgramPeople,
    private readonly focus: ProgramFocus,
    private readonly now: number,
    /** Mentees each mentor takes at most in this program (its open-mentee capacity). */
    private readonly capacityOf: (mentorId: string) => number = () => 1,
  ) {
    const skills =
      people.catalog ??
      [...people.skills].map(([skillId, name]) => ({ skillId, name, aliases: [], related: [] }));
    this.context = {
      policy: people.policy ?? { weights: DEFAULT_MATCHING_WEIGHTS, requiresVetting: false },
      skills: buildSkillGraph({ skills }),
    };
  }

  rate(menteeId: string, mentorId: string): PairRating {
    const mentor = this.recordOf(mentorId);
    const prepared = this.preparedFor(menteeId);
    const excludedBy = checkEligibility(mentor, prepared);
    if (excludedBy) return { score: 0, excludedBy };
    return { score: scoreCandidate(mentor, prepared).score, excludedBy: null };
  }

  /** The pair score whatever the hard rules say (for events, where the manager chose the mentors). */
  fit(menteeId: string, mentorId: string): number {
    return scoreCandidate(this.recordOf(mentorId), this.preparedFor(menteeId)).score;
  }

  /** Hard rules only (no scoring). */
  isEligible(menteeId: string, mentorId: string): boolean {
    return this.excludedBy(menteeId, mentorId) === null;
  }

  excludedBy(menteeId: string, mentorId: string): IneligibilityReason | null {
    return checkEligibility(this.recordOf(mentorId), this.preparedFor(menteeId));
  }

  /** The strongest parts of a pair's score, in words (e.g. "Kubernetes level 4 (wanted 3+)"). */
  reasons(menteeId: string, mentorId: string, count = 3): string[] {
    const mentor = this.recordOf(mentorId);
    const prepared = this.preparedFor(menteeId);
    const explained = explainCandidate(
      mentor,
      scoreCandidate(mentor, prepared),
      1,
      prepared,
      this.context.skills,
    );
    return [...explained.breakdown]
      .filter((entry) => entry.contribution > 0)
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, count)
      .map((entry) => `${entry.explanation} (+${entry.contribution.toFixed(3)})`);
  }

  private preparedFor(menteeId: string): PreparedRecommendation {
    let prepared = this.prepared.get(menteeId);
    if (!prepared) {
      prepared = prepareRecommendation(this.requestOf(this.person(menteeId)), this.context, 1, this.now);
      this.prepared.set(menteeId, prepared);
    }
    return prepared;
  }

  private requestOf(mentee: ProgramPerson): RecommendationRequest {
    const own = mentee.profile
      ? [...mentee.profile.interests, ...mentee.profile.goals, ...mentee.profile.topics]
      : [];
    const topics = [...new Set([...this.focus.topics, ...own].map(normalize))]
      .filter((topic) => topic !== '')
      .slice(0, MAX_TOPICS);
    return {
      mentee: {
        menteeId: mentee.id,
        departmentId: mentee.department,
        languages: mentee.languages.map(normalize),
        utcOffsetMinutes: utcOffsetMinutes(mentee.timeZone, this.now),
        managerChainIds: mentee.managerChainIds,
      },
      skills: this.focus.skillIds.map((skillId) => ({ skillId })),
      topics: topics.map((topic) => ({ topic })),
      durationMinutes: this.focus.lengthMinutes,
      window: { start: this.now, end: this.now + PROGRAM_WINDOW_MS },
      mode: 'SCHEDULED',
      excludeManagerChain: true,
    };
  }

  private recordOf(mentorId: string): MentorRecord {
    let record = this.records.get(mentorId);
    if (!record) {
      record = toMentorRecord(this.person(mentorId), this.capacityOf(mentorId), this.now);
      this.records.set(mentorId, record);
    }
    return record;
  }

  private person(id: string): ProgramPerson {
    const person = this.people.byId.get(id);
    if (!person) throw new Error(`program person ${id} was not loaded`);
    return person;
  }
}

const normalize = (value: string): string => value.trim().toLowerCase();

/** Identity's skills and the ones declared on the profile; the higher level wins. */
function mentorSkills(person: ProgramPerson): { skillId: string; level: number }[] {
  const levels = new Map<string, number>();
  for (const { skillId, level } of [...person.skills, ...(person.profile?.expertise ?? [])])
    levels.set(skillId, Math.max(level, levels.get(skillId) ?? 0));
  return [...levels].map(([skillId, level]) => ({ skillId, level }));
}

function toMentorRecord(person: ProgramPerson, programCapacity: number, now: number): MentorRecord {
  const profile = person.profile;
  return {
    mentorId: person.id,
    departmentId: person.department,
    isActive: person.isActive,
    pausedUntil: profile?.pausedUntil ?? null,
    isVetted: profile?.isVetted ?? false,
    skills: mentorSkills(person),
    topics: (profile?.topics ?? []).map(normalize),
    languages: person.languages.map(normalize),
    utcOffsetMinutes: utcOffsetMinutes(person.timeZone, now),
    formats: [],
    sessionLengths: profile?.sessionLengths.length ? profile.sessionLengths : DEFAULT_SESSION_LENGTHS,
    capacity: {
      maxSessionsPerWeek: profile ? profile.capacityPerWeek : DEFAULT_SESSIONS_PER_WEEK,
      maxOpenMentees: Math.max(1, programCapacity),
    },
    load: { sessionsThisWeek: 0, openMentees: 0 },
    qualityScore: null,
    freeSlots: [],
    isAvailableNow: false,
  };
}
