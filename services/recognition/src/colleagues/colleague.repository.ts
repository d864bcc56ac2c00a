import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmployeeSnapshot } from '@mentormesh/contracts';

export interface Colleague {
  readonly id: string;
  readonly status: string;
}

/** The only SQL for recognition's read model of employees; always inside a tenant transaction. */
@Injectable()
export class ColleagueRepository {
  /** Applies a snapshot unless the stored version is the same or newer (events may arrive twice or late). */
  async applySnapshot(
    manager: EntityManager,
    tenantId: string,
    version: number,
    e: EmployeeSnapshot,
  ): Promise<void> {
    await manager.query(
      `insert into colleagues (tenant_id, id, display_name, status, version) values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, id) do update set
         display_name = excluded.display_name, status = excluded.status, version = excluded.version, updated_at = now()
       where colleagues.version < excluded.version`,
      [tenantId, e.id, e.displayName, e.status, version],
    );
  }

  async deactivate(manager: EntityManager, tenantId: string, id: string, version: number): Promise<void> {
    await manager.query(
      `update colleagues set status = 'INACTIVE', version = $3, updated_at = now()
       where tenant_id = $1 and id = $2 and version < $3`,
      [tenantId, id, version],
    );
  }

  async erase(manager: EntityManager, tenantId: string, id: string): Promise<void> {
    await manager.query('delete from colleagues where tenant_id = $1 and id = $2', [tenantId, id]);
  }

  async find(manager: EntityManager, tenantId: string, id: string): Promise<Colleague | null> {
    const rows: Colleague[] = await manager.query(
      'select id, status from colleagues where tenant_id = $1 and id = $2',
      [tenantId, id],
    );
    return rows[0] ?? null;
  }
}
