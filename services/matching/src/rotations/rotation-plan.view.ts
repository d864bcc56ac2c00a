import type { RotationPlan as RotationPlanPayload } from '@mentormesh/contracts';
import type { RotationPlanReport, RotationRound } from './domain';
import type { RotationPlanModel, RotationQualityModel, RotationTableModel } from './dto/rotation-plan.model';
import type { RotationPlanEntity } from './rotation-plan.entity';

function tablesOf(round: RotationRound): RotationTableModel[] {
  const tables = new Map<string, RotationTableModel>();
  for (const meeting of round.meetings) {
    const table = tables.get(meeting.mentorId) ?? {
      mentorId: meeting.mentorId,
      participantIds: [],
      fit: 0,
      crossDepartmentMeetings: 0,
    };
    table.participantIds.push(meeting.participantId);
    table.fit += meeting.fit;
    if (meeting.isCrossDepartment) table.crossDepartmentMeetings++;
    tables.set(meeting.mentorId, table);
  }
  return [...tables.values()];
}

function qualityOf(report: RotationPlanReport): RotationQualityModel {
  return {
    totalFit: report.totalFit,
    meetingCount: report.meetingCount,
    crossDepartmentMeetings: report.crossDepartmentMeetings,
    minSitOuts: report.sitOutRange[0],
    maxSitOuts: report.sitOutRange[1],
  };
}

/** The plan as the API shows it: rounds as tables, quality next to the round-robin baseline. */
export function toRotationPlanModel(
  entity: RotationPlanEntity,
  quality: RotationPlanReport,
): RotationPlanModel {
  return {
    id: entity.id,
    name: entity.name,
    strategy: entity.plan.strategy,
    isMixer: entity.input.mixer !== undefined,
    mentorIds: entity.input.mentors.map((mentor) => mentor.mentorId),
    participantIds: entity.input.participants.map((participant) => participant.participantId),
    rounds: entity.plan.rounds.map((round) => ({
      round: round.round,
      tables: tablesOf(round),
      sittingOut: [...round.sittingOut],
    })),
    quality: qualityOf(quality),
    roundRobin: qualityOf(entity.baseline),
    createdAt: entity.createdAt,
  };
}

/** The `rotation_plan.published` payload scheduling lays the rounds out from. */
export function toRotationPlanPayload(entity: RotationPlanEntity): RotationPlanPayload {
  return {
    planId: entity.id,
    name: entity.name,
    mentorIds: entity.input.mentors.map((mentor) => mentor.mentorId),
    participantIds: entity.input.participants.map((participant) => participant.participantId),
    rounds: entity.plan.rounds.map((round) => ({
      round: round.round,
      pairs: tablesOf(round).map(({ mentorId, participantIds }) => ({ mentorId, participantIds })),
      sittingOut: [...round.sittingOut],
    })),
  };
}
