import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MatchEntity } from '../matches/match.entity';
import { MatchRepository } from '../matches/match.repository';
import { MatchesService } from '../matches/matches.service';
import { MentoringNeedInput, RequestMode } from '../recommendations/dto/mentoring-need.input';
import { RecommendationService } from '../recommendations/recommendation.service';
import { MatchingSettingsRepository } from '../settings/matching-settings.repository';
import { MentoringRequestEntity } from './mentoring-request.entity';

/** An ask-now proposal waits minutes, not days, whatever the tenant's deadline. */
const ASK_NOW_RESPOND_MINUTES = 10;

/** The need a stored request describes, as recommendations take it. */
export function needOf(r: MentoringRequestEntity, now: number): MentoringNeedInput {
  return Object.assign(new MentoringNeedInput(), {
    question: r.question,
    skills: r.skills,
    topics: r.topics,
    format: r.format,
    lengthMinutes: r.lengthMinutes,
    language: r.language ?? undefined,
    windowStart: r.mode === 'ASK_NOW' ? undefined : new Date(Math.max(r.windowStart.getTime(), now)),
    windowEnd: r.mode === 'ASK_NOW' ? undefined : r.windowEnd,
    mode: r.mode as RequestMode,
    preferCrossDepartment: r.preferCrossDepartment,
  });
}

/**
 * Keeps a request at its wanted number of perspectives: proposes the next best mentors nobody asked yet
 * for this request, until PROPOSED + ACCEPTED matches reach `perspectives` (or nobody fits any more).
 */
@Injectable()
export class RequestFiller {
  constructor(
    private readonly matches: MatchRepository,
    private readonly lifecycle: MatchesService,
    private readonly recommendations: RecommendationService,
    private readonly settings: MatchingSettingsRepository,
  ) {}

  /** `need` defaults to the stored request; creation passes the client's input so errors name its fields. */
  async fill(
    manager: EntityManager,
    request: MentoringRequestEntity,
    now: number,
    need: MentoringNeedInput = needOf(request, now),
  ): Promise<MatchEntity[]> {
    if (request.status !== 'OPEN') return [];
    if (request.mode === 'SCHEDULED' && request.windowEnd.getTime() <= now) return [];
    const existing = await this.matches.forRequest(manager, request.tenantId, request.id);
    const open = existing.filter((m) => m.status === 'PROPOSED' || m.status === 'ACCEPTED').length;
    const wanted = request.perspectives - open;
    if (wanted <= 0) return [];
    const { mentors } = await this.recommendations.recommendWithin(
      manager,
      request.tenantId,
      request.menteeId,
      need,
      wanted,
      existing.map((m) => m.mentorId),
      now,
    );
    const respondBy = await this.deadline(manager, request, now);
    const proposed: MatchEntity[] = [];
    for (const mentor of mentors) {
      proposed.push(
        await this.lifecycle.proposeForRequest(manager, request.tenantId, {
          requestId: request.id,
          menteeId: request.menteeId,
          mentorId: mentor.mentorId,
          score: mentor.score,
          breakdown: mentor.breakdown,
          format: request.format,
          lengthMinutes: request.lengthMinutes,
          respondBy,
        }),
      );
    }
    return proposed;
  }

  private async deadline(
    manager: EntityManager,
    request: MentoringRequestEntity,
    now: number,
  ): Promise<Date> {
    const { respondWithinMinutes } = await this.settings.get(manager, request.tenantId);
    const minutes =
      request.mode === 'ASK_NOW'
        ? Math.min(respondWithinMinutes, ASK_NOW_RESPOND_MINUTES)
        : respondWithinMinutes;
    return new Date(now + minutes * 60_000);
  }
}
