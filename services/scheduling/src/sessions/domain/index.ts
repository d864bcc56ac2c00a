export * from './session.types';
export { completeSession, confirmSession, markNoShow, rescheduleSession } from './session-lifecycle';
export type { NewTime } from './session-lifecycle';
export { cancelForDeparture, cancellationDeadline, cancelSession, DEPARTED_REASON } from './cancel-session';
export type { CancelCommand } from './cancel-session';
export { EXPIRED_REASON, settleSession } from './settle-session';
export { canTransition, isActiveStatus } from './session-rules';
export type { SessionAction } from './session-rules';
export { expandSeries, MAX_SERIES_OCCURRENCES, weeklyRecurrence } from './expand-series';
export type { SeriesOccurrence, SeriesRequest } from './expand-series';
export { expandWallClockRecurrence } from './wall-clock-recurrence';
export type { WallClockRecurrence } from './wall-clock-recurrence';
export { planReminders } from './reminder-schedule';
export type { Reminder, ReminderPlan, ReminderSubject } from './reminder-schedule';
export { selectDueReminders } from './select-due-reminders';
export type { DueReminders } from './select-due-reminders';
export { blockedRange, participantBlockedRanges } from './blocked-range';
export type {
  BlockedRange,
  BufferedSpan,
  ParticipantBlockedRange,
  ParticipantBuffers,
} from './blocked-range';
