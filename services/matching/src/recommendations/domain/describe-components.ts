import { countFittingSessions, findEarliestStart } from './free-time';
import { levelFit } from './level-fit';
import type { MentorRecord } from './mentor-record';
import type { PreparedRecommendation, PreparedSkillQuery } from './prepared-recommendation';
import { MINUTE_MS, RECOMMENDATION_LIMITS } from './recommendation-limits';
import type { ComponentValues, ScoreComponent } from './score-component';
import type { SkillGraph } from './skill-graph';
import { sharedWorkingMinutes } from './time-zone-fit';

type Describe = (mentor: MentorRecord, prepared: PreparedRecommendation, values: ComponentValues) => string;

const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

function describeSkillQuery(mentor: MentorRecord, query: PreparedSkillQuery, skills: SkillGraph): string {
  let best: { skillId: string; level: number; match: number } | null = null;
  for (const skill of mentor.skills) {
    const strength = query.expansion.get(skill.skillId);
    if (strength === undefined) continue;
    const match = strength * levelFit(skill.level, query.minLevel);
    if (best === null || match > best.match) best = { skillId: skill.skillId, level: skill.level, match };
  }
  const wanted = skills.nameOf(query.skillId);
  if (best === null) return `${wanted}: no match`;
  const level = `level ${best.level}/5 (wanted ${query.minLevel}+)`;
  if (best.skillId === query.skillId) return `${wanted} ${level}`;
  return `${wanted}: related skill ${skills.nameOf(best.skillId)} ${level}`;
}

function describeAvailability(mentor: MentorRecord, prepared: PreparedRecommendation): string {
  const minutes = prepared.request.durationMinutes;
  if (prepared.request.mode === 'SCHEDULED') {
    const sessions = countFittingSessions(mentor.freeSlots, prepared.window, prepared.durationMs);
    return `${sessions} free ${minutes}-min session${sessions === 1 ? '' : 's'} inside the window`;
  }
  if (mentor.isAvailableNow) return 'the "available now" switch is on';
  const horizon = prepared.now + RECOMMENDATION_LIMITS.askNowHorizonMinutes * MINUTE_MS;
  const start = findEarliestStart(mentor.freeSlots, prepared.now, horizon, prepared.durationMs);
  if (start === null) return 'not free in the next 30 minutes';
  const wait = Math.ceil((start - prepared.now) / MINUTE_MS);
  return wait === 0 ? 'free right now' : `free in ${wait} min`;
}

function describeLanguage(mentor: MentorRecord, prepared: PreparedRecommendation): string {
  const wanted = prepared.request.language;
  if (wanted) return mentor.languages.includes(wanted) ? `speaks ${wanted}` : `does not speak ${wanted}`;
  const shared = prepared.request.mentee.languages.filter((language) => mentor.languages.includes(language));
  if (prepared.request.mentee.languages.length === 0) return 'no language preference';
  return shared.length > 0 ? `shares ${shared.join(', ')}` : 'no shared language';
}

/** Builds the words for each component; only called for the mentors that are returned. */
export function describeComponents(skills: SkillGraph): Readonly<Record<ScoreComponent, Describe>> {
  return {
    skill: (mentor, prepared) =>
      prepared.skillQueries.length === 0
        ? 'no skills requested'
        : prepared.skillQueries.map((query) => describeSkillQuery(mentor, query, skills)).join('; '),
    topic: (mentor, prepared) => {
      if (prepared.topicShares.size === 0) return 'no topics requested';
      const shared = [...prepared.topicShares.keys()].filter((topic) => mentor.topics.includes(topic));
      return shared.length > 0 ? `shared topics: ${shared.join(', ')}` : 'no shared topics';
    },
    text: (_mentor, prepared, values) =>
      prepared.textRelevance.size === 0
        ? 'no free-text question'
        : `bio and topics match the question with relevance ${values.text.toFixed(2)}`,
    availability: describeAvailability,
    timeZone: (mentor, prepared) => {
      const mentee = prepared.request.mentee.utcOffsetMinutes;
      const hours = sharedWorkingMinutes(mentor.utcOffsetMinutes, mentee) / 60;
      return `${hours.toFixed(1)} h of shared working hours (${formatOffset(mentor.utcOffsetMinutes)} vs ${formatOffset(mentee)})`;
    },
    language: describeLanguage,
    quality: (mentor) =>
      mentor.qualityScore === null
        ? 'not enough feedback yet: neutral quality'
        : `feedback quality ${mentor.qualityScore.toFixed(2)}`,
    load: (mentor) =>
      `${mentor.load.sessionsThisWeek}/${mentor.capacity.maxSessionsPerWeek} sessions this week, ` +
      `${mentor.load.openMentees}/${mentor.capacity.maxOpenMentees} open mentees`,
    crossDepartment: (mentor, prepared) => {
      if (!prepared.request.preferCrossDepartment) return 'not requested';
      return mentor.departmentId !== null && mentor.departmentId === prepared.request.mentee.departmentId
        ? 'same department'
        : 'another department';
    },
  };
}
