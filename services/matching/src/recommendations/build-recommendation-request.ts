import { InvalidMatchingInputError, UnknownSkillError } from '../matching.errors';
import type { DirectoryEntryEntity } from '../employees/directory-entry.entity';
import { CatalogTextUnderstanding, toTextRelevance, type TextExtraction } from '../text/domain';
import type { RecommendationRequest, RequestedSkill, RequestedTopic, SessionFormat } from './domain';
import type { MentoringNeedInput } from './dto/mentoring-need.input';
import type { TenantMentorIndex } from './tenant-mentor-index';
import { utcOffsetMinutes } from './to-mentor-record';

const DAY_MS = 86_400_000;
const TEXT_HITS = 200;
const ASK_NOW_MAX_MINUTES = 15;
const understanding = new CatalogTextUnderstanding();

export interface BuiltRequest {
  readonly request: RecommendationRequest;
  readonly extraction: TextExtraction | null;
}

export interface MenteeFacts {
  readonly person: DirectoryEntryEntity;
  readonly managerChainIds: readonly string[];
  readonly declinedMentorIds: readonly string[];
}

const FORMAT: Record<string, SessionFormat> = {
  VIDEO_CALL: 'VIDEO_CALL',
  IN_PERSON: 'IN_PERSON',
  CHAT: 'CHAT',
  ASYNC: 'ASYNC_ANSWER',
};

/** Explicit skills and topics plus what the question names; explicit skills must be in the catalog. */
function wantedTerms(
  need: MentoringNeedInput,
  tenant: TenantMentorIndex,
  extraction: TextExtraction | null,
): { skills: RequestedSkill[]; topics: RequestedTopic[] } {
  const skills: RequestedSkill[] = (need.skills ?? []).map((s, i) => {
    if (!tenant.skills.has(s.skillId)) throw new UnknownSkillError(`skills[${i}].skillId`, s.skillId);
    return { skillId: s.skillId, minLevel: s.minLevel ?? 1 };
  });
  const explicit = new Set(skills.map((s) => s.skillId));
  for (const s of extraction?.skills ?? [])
    if (!explicit.has(s.skillId)) skills.push({ skillId: s.skillId, weight: s.confidence });
  const topics: RequestedTopic[] = (need.topics ?? []).map((t) => ({ topic: t.trim().toLowerCase() }));
  for (const t of extraction?.topics ?? []) topics.push({ topic: t.topic, weight: t.confidence });
  return { skills: skills.slice(0, 20), topics: topics.slice(0, 30) };
}

/** Turns a mentee's need into the domain's recommendation request (question understood offline). */
export function buildRecommendationRequest(
  need: MentoringNeedInput,
  mentee: MenteeFacts,
  tenant: TenantMentorIndex,
  now: number,
): BuiltRequest {
  if (need.mode === 'ASK_NOW' && need.lengthMinutes > ASK_NOW_MAX_MINUTES)
    throw new InvalidMatchingInputError(
      'lengthMinutes',
      `must be at most ${ASK_NOW_MAX_MINUTES} minutes to ask now`,
    );
  const start = need.windowStart?.getTime() ?? now;
  const end = need.windowEnd?.getTime() ?? Math.max(start, now) + 7 * DAY_MS;
  if (need.windowEnd && end <= now) throw new InvalidMatchingInputError('windowEnd', 'is in the past');
  if (end <= start) throw new InvalidMatchingInputError('windowEnd', 'must be after windowStart');
  const question = need.question?.trim() ?? '';
  const extraction = question ? understanding.extractNow(question, tenant.textCatalog) : null;
  const { skills, topics } = wantedTerms(need, tenant, extraction);
  const { person } = mentee;
  return {
    extraction,
    request: {
      mentee: {
        menteeId: person.id,
        departmentId: person.department,
        languages: person.languages.map((l) => l.toLowerCase()),
        utcOffsetMinutes: utcOffsetMinutes(person.timeZone, now),
        managerChainIds: mentee.managerChainIds,
      },
      skills,
      topics,
      textRelevance: question ? toTextRelevance(tenant.ranker.rankNow(question, TEXT_HITS)) : undefined,
      language: need.language?.toLowerCase() ?? null,
      format: FORMAT[need.format],
      durationMinutes: need.lengthMinutes,
      window: { start: Math.max(start, now), end },
      mode: need.mode,
      preferCrossDepartment: need.preferCrossDepartment ?? false,
      excludeManagerChain: need.excludeManagerChain ?? false,
      declinedMentorIds: mentee.declinedMentorIds,
    },
  };
}
