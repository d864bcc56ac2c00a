import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { EmployeeSnapshot } from '@mentormesh/contracts';
import { ParticipantEntity } from './participant.entity';

/** The only SQL for the participants read model; always inside a tenant transaction. */
@Injectable()
export class ParticipantRepository {
  /** Applies a snapshot unless the stored version is the same or newer (events may arrive twice or late). */
  async applySnapshot(
    manager: EntityManager,
    tenantId: string,
    version: number,
    e: EmployeeSnapshot,
  ): Promise<void> {
    await manager.query(
      `insert into participants (tenant_id, id, display_name, time_zone, status, version)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (tenant_id, id) do update set
         display_name = excluded.display_name, time_zone = excluded.time_zone, status = excluded.status,
         version = excluded.version, updated_at = now()
       where participants.version < excluded.version`,
      [tenantId, e.id, e.displayName, e.timeZone, e.status, version],
    );
  }

  async deactivate(manager: EntityManager, tenantId: string, id: string, version: number): Promise<void> {
    await manager.query(
      `update participants set status = 'INACTIVE', version = $3, updated_at = now()
       where tenant_id = $1 and id = $2 and version < $3`,
      [tenantId, id, version],
    );
  }

  /** Erasure: the row goes; the foreign keys drop them from sessions and forget them as creator. */
  async erase(manager: EntityManager, tenantId: string, id: string): Promise<void> {
    await manager.query('delete from participants where tenant_id = $1 and id = $2', [tenantId, id]);
  }

  findMany(manager: EntityManager, tenantId: string, ids: readonly string[]): Promise<ParticipantEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.findBy(ParticipantEntity, { tenantId, id: In([...ids]) });
  }
}
