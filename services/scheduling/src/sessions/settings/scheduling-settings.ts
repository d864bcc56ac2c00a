import { DEFAULT_SESSION_POLICY, SessionPolicy } from '../domain';

/** A tenant's scheduling settings; tenants without a row get the defaults. */
export interface SchedulingSettings {
  readonly directBookingAllowed: boolean;
  /** Minutes before start at which `session.reminder_due` goes out (default 24 h and 10 min). */
  readonly reminderOffsetsMinutes: readonly number[];
  /** Jitsi-style base URL for video rooms; null uses the service default. */
  readonly videoBaseUrl: string | null;
  readonly policy: SessionPolicy;
}

export const DEFAULT_SCHEDULING_SETTINGS: SchedulingSettings = {
  directBookingAllowed: true,
  reminderOffsetsMinutes: [1440, 10],
  videoBaseUrl: null,
  policy: DEFAULT_SESSION_POLICY,
};
