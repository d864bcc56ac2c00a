import { Injectable } from '@nestjs/common';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { ValidationError } from '@mentormesh/graphql';
import { MatchesService } from '../matches/matches.service';
import { UnknownProgramRunError } from '../programs/program.errors';
import { findMutualMeetAgain, type RotationPlan } from './domain';
import type { MarkMeetAgainInput } from './dto/plan-rotation.input';
import type { MarkMeetAgainPayload } from './dto/rotation-plan.model';
import { RotationPlanRepository } from './rotation-plan.repository';

const MEET_AGAIN_FORMAT = 'VIDEO_CALL';
const MEET_AGAIN_MINUTES = 30;

/** Everyone the person met during the event (as participant or as mentor). */
function metBy(plan: RotationPlan, employeeId: string): Set<string> {
  const met = new Set<string>();
  for (const round of plan.rounds) {
    for (const meeting of round.meetings) {
      if (meeting.participantId === employeeId) met.add(meeting.mentorId);
      if (meeting.mentorId === employeeId) met.add(meeting.participantId);
    }
  }
  return met;
}

/**
 * After an event, people mark whom they would like to meet again; each mutual choice becomes a proposed
 * match (participant as mentee), once. The plan row is locked, so two people choosing each other at the
 * same moment still meet in the middle.
 */
@Injectable()
export class MeetAgainService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly plans: RotationPlanRepository,
    private readonly matches: MatchesService,
  ) {}

  mark(principal: AuthPrincipal, input: MarkMeetAgainInput): Promise<MarkMeetAgainPayload> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (m) => {
      const entity = await this.plans.findForUpdate(m, tenantId, input.planId);
      const met = entity ? metBy(entity.plan, employeeId) : new Set<string>();
      if (!entity || met.size === 0) throw new UnknownProgramRunError('planId');
      input.employeeIds.forEach((id, i) => {
        if (!met.has(id))
          throw new ValidationError(`employeeIds[${i}]`, 'you did not meet this person in the event');
      });
      await this.plans.addChoices(m, tenantId, entity.id, employeeId, input.employeeIds);
      const choices = await this.plans.choices(m, tenantId, entity.id);
      const fitOf = new Map(
        entity.plan.rounds.flatMap((r) =>
          r.meetings.map((x) => [`${x.participantId}|${x.mentorId}`, x.fit] as const),
        ),
      );
      const fresh = [];
      for (const pair of findMutualMeetAgain(entity.plan, choices)) {
        if (await this.plans.markProposed(m, tenantId, entity.id, pair)) fresh.push(pair);
      }
      const proposed = await this.matches.proposeProgramMatches(
        tenantId,
        entity.id,
        fresh.map((pair) => ({
          menteeId: pair.participantId,
          mentorId: pair.mentorId,
          score: Math.min(1, fitOf.get(`${pair.participantId}|${pair.mentorId}`) ?? 0),
          format: MEET_AGAIN_FORMAT,
          lengthMinutes: MEET_AGAIN_MINUTES,
        })),
        m,
      );
      return {
        chosenIds: choices.filter((c) => c.chooserId === employeeId).map((c) => c.chosenId),
        proposedMatchIds: proposed.map((match) => match.id),
      };
    });
  }
}
