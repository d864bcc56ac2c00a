import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SpeedEventFormat, SpeedEventRecord, StoredPairing } from './speed-event.record';

interface EventRow {
  readonly id: string;
  readonly name: string;
  readonly starts_at: Date;
  readonly time_zone: string;
  readonly round_minutes: number;
  readonly break_minutes: number;
  readonly format: SpeedEventFormat;
  readonly location: string | null;
  readonly rooms: string[];
  readonly rotation_plan_id: string;
  readonly mentor_ids: string[];
  readonly participant_ids: string[];
  readonly round_count: number;
  readonly registration_cap: number | null;
  readonly created_by: string | null;
}

interface PairingRow {
  readonly id: string;
  readonly round: number;
  readonly mentor_id: string;
  readonly participant_ids: string[];
  readonly starts_at: Date;
  readonly ends_at: Date;
  readonly room: string | null;
  readonly session_id: string;
}

/** The only SQL for speed events and their pairings; tenant transactions only. */
@Injectable()
export class SpeedEventRepository {
  async insert(m: EntityManager, e: SpeedEventRecord): Promise<void> {
    await m.query(
      `insert into speed_events (tenant_id, id, name, starts_at, time_zone, round_minutes, break_minutes, format,
         location, rooms, rotation_plan_id, mentor_ids, participant_ids, round_count, registration_cap, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        e.tenantId,
        e.id,
        e.name,
        e.startsAt,
        e.timeZone,
        e.roundMinutes,
        e.breakMinutes,
        e.format,
        e.location,
        e.rooms,
        e.rotationPlanId,
        e.mentorIds,
        e.participantIds,
        e.roundCount,
        e.registrationCap,
        e.createdBy,
      ],
    );
  }

  async find(m: EntityManager, tenantId: string, id: string, lock = false): Promise<SpeedEventRecord | null> {
    const rows: EventRow[] = await m.query(
      `select * from speed_events where tenant_id = $1 and id = $2${lock ? ' for update' : ''}`,
      [tenantId, id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      tenantId,
      id: r.id,
      name: r.name,
      startsAt: r.starts_at,
      timeZone: r.time_zone,
      roundMinutes: r.round_minutes,
      breakMinutes: r.break_minutes,
      format: r.format,
      location: r.location,
      rooms: r.rooms,
      rotationPlanId: r.rotation_plan_id,
      mentorIds: r.mentor_ids,
      participantIds: r.participant_ids,
      roundCount: r.round_count,
      registrationCap: r.registration_cap,
      createdBy: r.created_by,
    };
  }

  async setParticipants(
    m: EntityManager,
    tenantId: string,
    id: string,
    participantIds: readonly string[],
  ): Promise<void> {
    await m.query(
      'update speed_events set participant_ids = $3, version = version + 1 where tenant_id = $1 and id = $2',
      [tenantId, id, participantIds],
    );
  }

  async insertPairing(m: EntityManager, tenantId: string, eventId: string, p: StoredPairing): Promise<void> {
    await m.query(
      `insert into speed_event_pairings (tenant_id, id, event_id, round, mentor_id, participant_ids, starts_at,
         ends_at, room, session_id, status)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'booked')`,
      [
        tenantId,
        p.id,
        eventId,
        p.round,
        p.mentorId,
        p.participantIds,
        new Date(p.start),
        new Date(p.end),
        p.room,
        p.sessionId,
      ],
    );
  }

  async dropPairing(m: EntityManager, tenantId: string, id: string): Promise<void> {
    await m.query(`update speed_event_pairings set status = 'dropped' where tenant_id = $1 and id = $2`, [
      tenantId,
      id,
    ]);
  }

  /** Booked pairings in time order. */
  async livePairings(m: EntityManager, tenantId: string, eventId: string): Promise<StoredPairing[]> {
    const rows: PairingRow[] = await m.query(
      `select id, round, mentor_id, participant_ids, starts_at, ends_at, room, session_id from speed_event_pairings
       where tenant_id = $1 and event_id = $2 and status = 'booked' order by round, mentor_id`,
      [tenantId, eventId],
    );
    return rows.map((r) => ({
      id: r.id,
      round: r.round,
      mentorId: r.mentor_id,
      participantIds: r.participant_ids,
      start: r.starts_at.getTime(),
      end: r.ends_at.getTime(),
      room: r.room,
      sessionId: r.session_id,
    }));
  }
}
