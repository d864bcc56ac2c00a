import type { AvailabilityRules, ExistingSession } from './domain';

/** A time-off entry with its id (the domain's TimeOff has none). */
export interface StoredTimeOff {
  readonly id: string;
  readonly start: Date;
  readonly end: Date;
}

/** One employee's saved availability: the domain rules plus what the API needs around them. */
export interface StoredAvailability {
  readonly employeeId: string;
  readonly rules: AvailabilityRules;
  readonly timeOff: readonly StoredTimeOff[];
}

/** A live session of one employee (requested, confirmed or rescheduled). */
export interface EmployeeSession extends ExistingSession {
  readonly employeeId: string;
}
