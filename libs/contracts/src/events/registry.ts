import { z } from 'zod';
import { EventDefinition } from '../define-event';
import { FeedbackSubmitted } from './feedback.events';
import {
  EmployeeDeactivated,
  EmployeeErased,
  EmployeeUpserted,
  SkillDeleted,
  SkillUpserted,
  TenantUpserted,
} from './identity.events';
import { KudosGiven } from './recognition.events';
import { AvailabilitySummaryPublished } from './availability.events';
import {
  MatchAccepted,
  MatchDeclined,
  MatchExpired,
  MatchProposed,
  MatchWithdrawn,
  MentorProfileUpserted,
  RotationPlanPublished,
} from './matching.events';
import {
  SessionBooked,
  SessionCancelled,
  SessionCompleted,
  SessionConfirmed,
  SessionNoShow,
  SessionReminderDue,
  SessionRescheduled,
} from './scheduling.events';

/** Every event type the platform knows, by name. Producers and consumers validate against it. */
export const EventRegistry = {
  [TenantUpserted.type]: TenantUpserted,
  [EmployeeUpserted.type]: EmployeeUpserted,
  [EmployeeDeactivated.type]: EmployeeDeactivated,
  [EmployeeErased.type]: EmployeeErased,
  [SkillUpserted.type]: SkillUpserted,
  [SkillDeleted.type]: SkillDeleted,
  [SessionBooked.type]: SessionBooked,
  [SessionConfirmed.type]: SessionConfirmed,
  [SessionRescheduled.type]: SessionRescheduled,
  [SessionCancelled.type]: SessionCancelled,
  [SessionCompleted.type]: SessionCompleted,
  [SessionNoShow.type]: SessionNoShow,
  [SessionReminderDue.type]: SessionReminderDue,
  [AvailabilitySummaryPublished.type]: AvailabilitySummaryPublished,
  [MatchProposed.type]: MatchProposed,
  [MatchAccepted.type]: MatchAccepted,
  [MatchDeclined.type]: MatchDeclined,
  [MatchExpired.type]: MatchExpired,
  [MatchWithdrawn.type]: MatchWithdrawn,
  [MentorProfileUpserted.type]: MentorProfileUpserted,
  [RotationPlanPublished.type]: RotationPlanPublished,
  [FeedbackSubmitted.type]: FeedbackSubmitted,
  [KudosGiven.type]: KudosGiven,
} as const;

export type EventType = keyof typeof EventRegistry;
export type PayloadOf<T extends EventType> = z.infer<(typeof EventRegistry)[T]['payload']>;

export function findEventDefinition(type: string): EventDefinition | undefined {
  return (EventRegistry as Record<string, EventDefinition>)[type];
}
