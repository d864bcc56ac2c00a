import type { MatchFormat } from '../matches/match.entity';
import type { DeclaredSkill } from '../mentor-profiles/mentor-profile.entity';
import type { MentorRecord, SessionFormat, TimeInterval } from './domain';

/** One mentor's row as the loader reads it from the read models and profiles. */
export interface MentorRow {
  readonly id: string;
  readonly department: string | null;
  readonly status: string;
  readonly timeZone: string;
  readonly directoryLanguages: readonly string[];
  readonly directorySkills: readonly { skillId: string; name: string; level: number }[];
  readonly isMentor: boolean;
  readonly bio: string;
  readonly expertise: readonly DeclaredSkill[];
  readonly topics: readonly string[];
  readonly interests: readonly string[];
  readonly formats: readonly MatchFormat[];
  readonly sessionLengths: readonly number[];
  readonly capacityPerWeek: number;
  readonly maxOpenMentees: number;
  readonly languages: readonly string[];
  readonly pausedUntil: Date | null;
  readonly availableNow: boolean;
  readonly vettingStatus: string;
  readonly nextFreeAt: Date | null;
  readonly lengthsOffered: readonly number[] | null;
  readonly days: readonly { date: string; freeMinutes: number }[] | null;
  readonly sessionsThisWeek: number;
  readonly openMentees: number;
  readonly ratingCount: number;
  readonly ratingSum: number;
}

/** Bayesian average of 1-5 ratings: 5 virtual ratings of 3.5 pull small samples to the middle. */
const PRIOR_COUNT = 5;
const PRIOR_MEAN = 3.5;
const WORKDAY_START_HOUR = 9;
const FORMAT: Record<MatchFormat, SessionFormat> = {
  VIDEO_CALL: 'VIDEO_CALL',
  IN_PERSON: 'IN_PERSON',
  CHAT: 'CHAT',
  ASYNC: 'ASYNC_ANSWER',
};

/** Quality in [0, 1] from ratings; null without any rating (the domain then assumes neutral). */
export function qualityOf(count: number, sum: number): number | null {
  if (count === 0) return null;
  const average = (PRIOR_COUNT * PRIOR_MEAN + sum) / (PRIOR_COUNT + count);
  return (average - 1) / 4;
}

/** The UTC offset of an IANA zone at an instant, in minutes (0 for an unknown zone). */
export function utcOffsetMinutes(timeZone: string, at: number): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(
      at,
    );
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === '-' ? -minutes : minutes;
  } catch {
    return 0;
  }
}

/**
 * Coarse free intervals from an availability summary: the next free start (for the shortest length
 * offered), and each day's free minutes laid out from 09:00 local. The summary has no finer detail.
 */
export function freeSlotsOf(row: MentorRow, now: number): TimeInterval[] {
  const slots: TimeInterval[] = [];
  if (row.nextFreeAt) {
    const start = row.nextFreeAt.getTime();
    const length = Math.min(...(row.lengthsOffered?.length ? row.lengthsOffered : [15]));
    slots.push({ start, end: start + length * 60_000 });
  }
  for (const day of row.days ?? []) {
    if (day.freeMinutes <= 0) continue;
    const midnightUtc = Date.parse(`${day.date}T00:00:00Z`);
    const start =
      midnightUtc + WORKDAY_START_HOUR * 3_600_000 - utcOffsetMinutes(row.timeZone, midnightUtc) * 60_000;
    const end = start + Math.min(day.freeMinutes, 15 * 60) * 60_000;
    if (end > now) slots.push({ start, end });
  }
  return mergeIntervals(slots);
}

function mergeIntervals(slots: TimeInterval[]): TimeInterval[] {
  const sorted = [...slots].sort((a, b) => a.start - b.start);
  const merged: TimeInterval[] = [];
  for (const slot of sorted) {
    const last = merged.at(-1);
    if (last && slot.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, slot.end) };
    else merged.push(slot);
  }
  return merged;
}

/** All the skills a mentor offers: HR's and the declared ones, best level each. */
export function skillsOf(row: MentorRow): { skillId: string; level: number }[] {
  const levels = new Map<string, number>();
  for (const s of [...row.directorySkills, ...row.expertise])
    levels.set(s.skillId, Math.max(levels.get(s.skillId) ?? 0, s.level));
  return [...levels].map(([skillId, level]) => ({ skillId, level }));
}

export function toMentorRecord(row: MentorRow, now: number): MentorRecord {
  const languages = row.languages.length > 0 ? row.languages : row.directoryLanguages;
  return {
    mentorId: row.id,
    departmentId: row.department,
    isActive: row.status === 'ACTIVE' && row.isMentor,
    pausedUntil: row.pausedUntil ? row.pausedUntil.getTime() : null,
    isVetted: row.vettingStatus === 'VETTED',
    skills: skillsOf(row),
    topics: [...new Set([...row.topics, ...row.interests].map((t) => t.trim().toLowerCase()))],
    languages: languages.map((l) => l.toLowerCase()),
    utcOffsetMinutes: utcOffsetMinutes(row.timeZone, now),
    formats: row.formats.map((f) => FORMAT[f]),
    sessionLengths: row.sessionLengths,
    capacity: { maxSessionsPerWeek: row.capacityPerWeek, maxOpenMentees: row.maxOpenMentees },
    load: { sessionsThisWeek: row.sessionsThisWeek, openMentees: row.openMentees },
    qualityScore: qualityOf(row.ratingCount, row.ratingSum),
    freeSlots: freeSlotsOf(row, now),
    isAvailableNow: row.availableNow,
  };
}
