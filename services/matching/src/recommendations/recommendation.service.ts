import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { DirectoryRepository } from '../employees/directory.repository';
import { MatchRepository } from '../matches/match.repository';
import { asInputError } from '../matching-error.mapper';
import { UnknownEmployeeError } from '../mentor-profiles/mentor-profile.errors';
import type { RankedMentor } from './domain';
import { buildRecommendationRequest, type MenteeFacts } from './build-recommendation-request';
import { MentoringNeedInput } from './dto/mentoring-need.input';
import { MentorIndexRegistry } from './mentor-index.registry';
import { RecommendationsModel, RecommendedMentorModel } from './recommendation.model';

const MAX_MANAGER_CHAIN = 20;

export interface Recommendation {
  readonly mentors: readonly RankedMentor[];
  readonly model: RecommendationsModel;
}

/** Input field names as the client wrote them, for errors the domain names by its own field. */
function inputField(field: string): string {
  if (field === 'first') return 'first';
  if (field === 'window') return 'windowEnd';
  if (field === 'durationMinutes') return 'lengthMinutes';
  return field.replace(/\[(\d+)\]/g, '.$1');
}

@Injectable()
export class RecommendationService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly directory: DirectoryRepository,
    private readonly matches: MatchRepository,
    private readonly registry: MentorIndexRegistry,
  ) {}

  /** Ranked, explained mentors for the caller's need. */
  recommend(
    principal: AuthPrincipal,
    need: MentoringNeedInput,
    first: number,
  ): Promise<RecommendationsModel> {
    return this.transactions.run(principal.tenantId, async (manager) => {
      const result = await this.recommendWithin(
        manager,
        principal.tenantId,
        principal.employeeId,
        need,
        first,
        [],
      );
      return result.model;
    });
  }

  /** The same inside the caller's transaction, never proposing `excludedMentorIds` (already asked). */
  async recommendWithin(
    manager: EntityManager,
    tenantId: string,
    menteeId: string,
    need: MentoringNeedInput,
    first: number,
    excludedMentorIds: readonly string[],
    now = Date.now(),
  ): Promise<Recommendation> {
    const mentee = await this.menteeFacts(manager, tenantId, menteeId, excludedMentorIds);
    const tenant = await this.registry.current(manager, tenantId, now);
    try {
      const { request, extraction } = buildRecommendationRequest(need, mentee, tenant, now);
      const { mentors } = tenant.index.topK(request, first, now);
      return {
        mentors,
        model: {
          mentors: mentors.map(toModel),
          understoodSkills: (extraction?.skills ?? []).map((s) => ({
            skillId: s.skillId,
            name: tenant.skills.nameOf(s.skillId),
            confidence: s.confidence,
          })),
          understoodTopics: (extraction?.topics ?? []).map((t) => t.topic),
        },
      };
    } catch (error) {
      throw asInputError(error, inputField);
    }
  }

  private async menteeFacts(
    manager: EntityManager,
    tenantId: string,
    menteeId: string,
    excluded: readonly string[],
  ): Promise<MenteeFacts> {
    const person = await this.directory.find(manager, tenantId, menteeId);
    if (!person) throw new UnknownEmployeeError('employeeId');
    const chain: string[] = [];
    let managerId = person.managerId;
    while (managerId && chain.length < MAX_MANAGER_CHAIN && !chain.includes(managerId)) {
      chain.push(managerId);
      managerId = (await this.directory.find(manager, tenantId, managerId))?.managerId ?? null;
    }
    const declined = await this.matches.declinedMentorIds(manager, tenantId, menteeId);
    return { person, managerChainIds: chain, declinedMentorIds: [...new Set([...declined, ...excluded])] };
  }
}

function toModel(m: RankedMentor): RecommendedMentorModel {
  const reasons = [...m.breakdown]
    .filter((b) => b.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 3)
    .map((b) => b.explanation);
  return {
    mentor: { id: m.mentorId },
    mentorId: m.mentorId,
    rank: m.rank,
    score: m.score,
    breakdown: m.breakdown.map((b) => ({ ...b })),
    summary: reasons.join('; '),
  };
}
