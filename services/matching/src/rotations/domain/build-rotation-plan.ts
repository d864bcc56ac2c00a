import type { PreparedRotation, RoundAssignments } from './prepared-rotation';
import type { RotationMeeting, RotationPlan, RotationRound, RotationStrategy } from './rotation-plan';

/** Turns mentor-per-participant-per-round numbers into the plan with ids, fits and totals. */
export function buildRotationPlan(
  prepared: PreparedRotation,
  assignments: RoundAssignments,
  strategy: RotationStrategy,
): RotationPlan {
  const { participantIds, mentorIds, fit, isCross } = prepared;
  const mentorCount = mentorIds.length;
  let totalFit = 0;
  let meetingCount = 0;
  let crossDepartmentMeetings = 0;
  const rounds: RotationRound[] = assignments.map((mentorOf, index) => {
    const meetings: RotationMeeting[] = [];
    const sittingOut: string[] = [];
    mentorOf.forEach((mentor, participant) => {
      if (mentor < 0) {
        sittingOut.push(participantIds[participant]);
        return;
      }
      const cell = participant * mentorCount + mentor;
      meetings.push({
        participantId: participantIds[participant],
        mentorId: mentorIds[mentor],
        fit: fit[cell],
        isCrossDepartment: isCross[cell] === 1,
      });
      totalFit += fit[cell];
      meetingCount++;
      crossDepartmentMeetings += isCross[cell];
    });
    meetings.sort((a, b) =>
      a.mentorId === b.mentorId ? compare(a.participantId, b.participantId) : compare(a.mentorId, b.mentorId),
    );
    return { round: index + 1, meetings, sittingOut };
  });
  return { strategy, rounds, totalFit, meetingCount, crossDepartmentMeetings };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
