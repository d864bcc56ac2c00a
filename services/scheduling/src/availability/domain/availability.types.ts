/**
 * Input and output shapes of the availability core. Plain, readonly data: the service layer
 * loads these from PostgreSQL / the feed cache and passes them in; nothing here does I/O.
 */

/** An instant as ISO 8601 with an explicit offset (`Z` or `±hh:mm`). Outputs are always UTC (`…Z`). */
export type IsoInstant = string;

/** A calendar date `YYYY-MM-DD`, read in the owner's time zone. */
export type LocalDate = string;

/** A wall-clock time `HH:mm` in the owner's time zone; `24:00` is allowed as the end of a range. */
export type LocalTime = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Shortest and longest session the product offers, in minutes. */
export const MIN_SESSION_MINUTES = 5;
export const MAX_SESSION_MINUTES = 60;

export interface LocalTimeRange {
  readonly start: LocalTime;
  readonly end: LocalTime;
}

/** A weekly recurring window, e.g. Tue/Thu 14:00–16:00 in the owner's zone. */
export interface WeeklyRule extends LocalTimeRange {
  readonly weekdays: readonly Weekday[];
}

/**
 * A change for one local date: `blocked` removes the day, `extra` adds hours to the weekly
 * rules, `replace` uses only the given hours for that date.
 */
export type DateOverride =
  | { readonly date: LocalDate; readonly kind: 'blocked' }
  | { readonly date: LocalDate; readonly kind: 'extra'; readonly ranges: readonly LocalTimeRange[] }
  | { readonly date: LocalDate; readonly kind: 'replace'; readonly ranges: readonly LocalTimeRange[] };

/** Absence between two instants (vacation, sick leave). Half-open [start, end). */
export interface TimeOff {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
}

/** One person's availability settings. */
export interface AvailabilityRules {
  /** IANA zone the weekly rules and overrides are written in, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  readonly weekly: readonly WeeklyRule[];
  readonly overrides: readonly DateOverride[];
  readonly timeOff: readonly TimeOff[];
  /** Free time required before a session starts; may fall outside the working window. */
  readonly bufferBeforeMinutes: number;
  /** Free time required after a session ends. */
  readonly bufferAfterMinutes: number;
  /** A slot must start at least this long after `now`. */
  readonly minimumNoticeMinutes: number;
  /** Slots may start up to the end of the owner's local day `today + horizonDays`. */
  readonly horizonDays: number;
  /** Cap per owner-local day (sessions counted by their local start date); null = no cap. */
  readonly maxSessionsPerDay: number | null;
  /** Cap per owner-local ISO week (Monday–Sunday); null = no cap. */
  readonly maxSessionsPerWeek: number | null;
  /** Session lengths offered, in minutes. Empty = any length between 5 and 60 (e.g. mentees). */
  readonly sessionLengths: readonly number[];
  /** Slot starts are aligned to this many minutes on the owner's local clock (e.g. 15 → :00, :15…). */
  readonly slotGranularityMinutes: number;
}

/**
 * A session the person already has (cancelled ones are left out by the caller).
 * Buffers are the ones stored with the session at booking time; when omitted, the person's
 * current buffers apply. Its blocked range is [start − before, end + after).
 */
export interface ExistingSession {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  readonly bufferBeforeMinutes?: number;
  readonly bufferAfterMinutes?: number;
}

/** Busy time from the person's own calendar feed. Never shown to others, only hides slots. */
export interface BusyBlock {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
}

/** Everything known about one person's time. */
export interface PersonAvailability {
  readonly rules: AvailabilityRules;
  readonly sessions: readonly ExistingSession[];
  readonly busy: readonly BusyBlock[];
}

/** A participant of a common-slot search. */
export interface Participant extends PersonAvailability {
  readonly participantId: string;
}

/** Half-open search window [from, to). */
export interface TimeWindow {
  readonly from: IsoInstant;
  readonly to: IsoInstant;
}

export interface AvailableSlotsInput extends PersonAvailability {
  /** Session length in minutes; must be one of `rules.sessionLengths` (when that is not empty). */
  readonly length: number;
  readonly window: TimeWindow;
}

/** A bookable slot as UTC instants, half-open [start, end). */
export interface Slot {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
}
