import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MatchSnapshot } from '@mentormesh/contracts';

/** Scheduling's copy of a match: who may book for it, in which format and length. */
export interface BookableMatch {
  readonly id: string;
  readonly menteeId: string;
  readonly mentorId: string;
  readonly status: MatchSnapshot['status'];
  readonly format: MatchSnapshot['format'];
  readonly lengthMinutes: number;
}

interface MatchRow {
  readonly id: string;
  readonly mentee_id: string;
  readonly mentor_id: string;
  readonly status: MatchSnapshot['status'];
  readonly format: MatchSnapshot['format'];
  readonly length_minutes: number;
}

/** The only SQL for the bookable-match read model; always inside a tenant transaction. */
@Injectable()
export class BookableMatchRepository {
  /** Applies a snapshot unless the stored version is the same or newer. */
  async apply(manager: EntityManager, tenantId: string, version: number, m: MatchSnapshot): Promise<void> {
    await manager.query(
      `insert into bookable_matches (tenant_id, id, mentee_id, mentor_id, status, format, length_minutes, version)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (tenant_id, id) do update set
         mentee_id = excluded.mentee_id, mentor_id = excluded.mentor_id, status = excluded.status,
         format = excluded.format, length_minutes = excluded.length_minutes, version = excluded.version,
         updated_at = now()
       where bookable_matches.version < excluded.version`,
      [tenantId, m.id, m.menteeId, m.mentorId, m.status, m.format, m.lengthMinutes, version],
    );
  }

  async find(manager: EntityManager, tenantId: string, id: string): Promise<BookableMatch | null> {
    const [row]: MatchRow[] = await manager.query(
      `select id, mentee_id, mentor_id, status, format, length_minutes from bookable_matches
       where tenant_id = $1 and id = $2`,
      [tenantId, id],
    );
    return row
      ? {
          id: row.id,
          menteeId: row.mentee_id,
          mentorId: row.mentor_id,
          status: row.status,
          format: row.format,
          lengthMinutes: row.length_minutes,
        }
      : null;
  }
}
