import { IsoInstant } from '../../availability/domain';
import { SessionStatus } from '../../sessions/domain';

export type SessionFormat = 'video' | 'in_person' | 'chat' | 'async';

export interface CalendarPerson {
  readonly name: string;
  readonly email: string;
}

export type AttendeeResponse = 'needs_action' | 'accepted' | 'declined' | 'tentative';

export interface CalendarAttendee extends CalendarPerson {
  /** Default `needs_action`. */
  readonly response?: AttendeeResponse;
}

/** What an invite or feed entry shows about one session. */
export interface CalendarSession {
  readonly id: string;
  /** SEQUENCE: the session's change counter; each update or cancellation must carry a higher one. */
  readonly sequence: number;
  readonly status: SessionStatus;
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  /** Organizer's IANA zone; times are written as DTSTART;TZID=<zone> with a VTIMEZONE. */
  readonly timeZone: string;
  readonly title: string;
  /** The mentee's question / agenda, shown in the description. */
  readonly agenda: string | null;
  readonly format: SessionFormat;
  /** Room or address for in-person sessions. */
  readonly location: string | null;
  readonly videoUrl: string | null;
  /** Chat thread link for chat sessions. */
  readonly threadUrl: string | null;
  readonly organizer: CalendarPerson;
  readonly attendees: readonly CalendarAttendee[];
}

export interface IcsOptions {
  /** Right-hand side of UIDs, e.g. `mentormesh.example.com`: UID = `<sessionId>@<uidDomain>`. */
  readonly uidDomain: string;
  /** DTSTAMP: when this ICS object is produced. */
  readonly now: Date;
  /** PRODID product name; default `MentorMesh Scheduling`. */
  readonly productName?: string;
}
