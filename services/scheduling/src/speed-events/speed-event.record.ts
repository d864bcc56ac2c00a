import type { Pairing } from './domain';

export type SpeedEventFormat = 'VIDEO_CALL' | 'IN_PERSON';

export interface SpeedEventRecord {
  readonly tenantId: string;
  readonly id: string;
  readonly name: string;
  readonly startsAt: Date;
  readonly timeZone: string;
  readonly roundMinutes: number;
  readonly breakMinutes: number;
  readonly format: SpeedEventFormat;
  readonly location: string | null;
  readonly rooms: readonly string[];
  readonly rotationPlanId: string;
  readonly mentorIds: readonly string[];
  readonly participantIds: readonly string[];
  readonly roundCount: number;
  readonly registrationCap: number | null;
  readonly createdBy: string | null;
}

/** A pairing as stored, with the session booked for it. */
export interface StoredPairing extends Pairing {
  readonly id: string;
  readonly sessionId: string;
}
