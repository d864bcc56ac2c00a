import type {
  CatalogSkill,
  MentorRecord,
  SessionFormat,
  SkillCatalog,
  TimeInterval,
} from '../recommendations/domain';
import type { SeededRandom } from './seeded-random';

export interface RandomMarket {
  readonly catalog: SkillCatalog;
  readonly topics: readonly string[];
  readonly mentors: readonly MentorRecord[];
}

export interface RandomMarketOptions {
  readonly mentorCount: number;
  readonly skillCount: number;
  readonly topicCount: number;
  readonly now: number;
}

const FORMATS: readonly SessionFormat[] = ['VIDEO_CALL', 'IN_PERSON', 'CHAT', 'ASYNC_ANSWER'];
const OFFSETS = [-480, -300, -240, 0, 60, 120, 330, 540, 600];
const EXTRA_LANGUAGES = ['de', 'fr', 'es', 'pt', 'ja', 'pl'];
const HOUR = 3_600_000;

/** A popularity-skewed index in [0, count): low indices are picked far more often (Zipf-like). */
export const skewedIndex = (random: SeededRandom, count: number): number =>
  Math.min(count - 1, Math.floor(count * random.next() ** 2.5));

function buildCatalog(random: SeededRandom, skillCount: number): SkillCatalog {
  const ids = Array.from({ length: skillCount }, (_, i) => `s${String(i).padStart(4, '0')}`);
  const skills: CatalogSkill[] = ids.map((skillId, i) => ({
    skillId,
    name: `Skill ${i}`,
    aliases: [`alias ${i}`],
    related: Array.from({ length: random.int(0, 3) }, () => ({
      skillId: ids[random.int(0, skillCount - 1)],
      strength: 0.3 + 0.1 * random.int(0, 5),
    })),
  }));
  return { skills };
}

function buildFreeSlots(random: SeededRandom, now: number): TimeInterval[] {
  const starts = Array.from({ length: random.int(0, 8) }, () => now + (random.int(-2, 14 * 24) * HOUR) / 2);
  const slots: TimeInterval[] = [];
  for (const start of starts.sort((a, b) => a - b)) {
    const end = start + random.int(1, 8) * 15 * 60_000;
    const last = slots[slots.length - 1];
    if (last !== undefined && start <= last.end)
      slots[slots.length - 1] = { start: last.start, end: Math.max(end, last.end) };
    else slots.push({ start, end });
  }
  return slots;
}

function buildMentor(
  random: SeededRandom,
  i: number,
  market: Omit<RandomMarket, 'mentors'>,
  now: number,
): MentorRecord {
  const { catalog, topics } = market;
  const maxSessions = random.int(0, 8);
  const maxOpen = random.int(1, 5);
  const formats = FORMATS.filter(() => random.chance(0.6));
  return {
    mentorId: `m${String(i).padStart(6, '0')}`,
    departmentId: random.chance(0.05) ? null : `d${random.int(0, 19)}`,
    isActive: random.chance(0.96),
    pausedUntil: random.chance(0.04) ? now + random.int(-48, 96) * HOUR : null,
    isVetted: random.chance(0.9),
    skills: Array.from({ length: random.int(1, 8) }, () => ({
      skillId: catalog.skills[skewedIndex(random, catalog.skills.length)].skillId,
      level: random.int(1, 5),
    })),
    topics: Array.from({ length: random.int(0, 4) }, () => topics[skewedIndex(random, topics.length)]),
    languages: random.chance(0.3)
      ? ['en', random.pick(EXTRA_LANGUAGES)]
      : random.chance(0.9)
        ? ['en']
        : ['de'],
    utcOffsetMinutes: random.pick(OFFSETS),
    formats: formats.length > 0 ? formats : ['VIDEO_CALL'],
    sessionLengths: [5, 15, 30, 60].filter((length) => length <= 15 || random.chance(0.7)),
    capacity: { maxSessionsPerWeek: maxSessions, maxOpenMentees: maxOpen },
    load: { sessionsThisWeek: random.int(0, maxSessions), openMentees: random.int(0, maxOpen) },
    qualityScore: random.chance(0.2) ? null : random.int(20, 100) / 100,
    freeSlots: buildFreeSlots(random, now),
    isAvailableNow: random.chance(0.05),
  };
}

/** A seeded synthetic tenant: catalog with related skills, topic vocabulary and mentors. */
export function buildRandomMarket(random: SeededRandom, options: RandomMarketOptions): RandomMarket {
  const catalog = buildCatalog(random, options.skillCount);
  const topics = Array.from({ length: options.topicCount }, (_, i) => `topic ${i}`);
  const mentors = Array.from({ length: options.mentorCount }, (_, i) =>
    buildMentor(random, i, { catalog, topics }, options.now),
  );
  return { catalog, topics, mentors };
}
