import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EmployeeSnapshot } from '@mentormesh/contracts';
import { DirectoryEntryEntity } from './directory-entry.entity';

/** The only SQL for the employee read model. */
@Injectable()
export class DirectoryRepository {
  /** Applies a snapshot unless the stored version is the same or newer (events may arrive twice or late). */
  async applySnapshot(
    manager: EntityManager,
    tenantId: string,
    version: number,
    e: EmployeeSnapshot,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `insert into employee_directory (tenant_id, id, display_name, department, manager_id, time_zone, languages, status, roles, skills, version)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (tenant_id, id) do update set
         display_name = excluded.display_name, department = excluded.department, manager_id = excluded.manager_id,
         time_zone = excluded.time_zone, languages = excluded.languages, status = excluded.status,
         roles = excluded.roles, skills = excluded.skills, version = excluded.version, updated_at = now()
       where employee_directory.version < excluded.version
       returning id`,
      [
        tenantId,
        e.id,
        e.displayName,
        e.department,
        e.managerId,
        e.timeZone,
        e.languages,
        e.status,
        e.roles,
        JSON.stringify(e.skills.map(({ skillId, name, level }) => ({ skillId, name, level }))),
        version,
      ],
    );
    return rows.length > 0;
  }

  async deactivate(manager: EntityManager, tenantId: string, id: string, version: number): Promise<void> {
    await manager.query(
      `update employee_directory set status = 'INACTIVE', version = $3, updated_at = now()
       where tenant_id = $1 and id = $2 and version < $3`,
      [tenantId, id, version],
    );
  }

  /** Erasure: the person disappears from matching entirely (profile rows cascade). */
  async erase(manager: EntityManager, tenantId: string, id: string): Promise<void> {
    await manager.query('delete from employee_directory where tenant_id = $1 and id = $2', [tenantId, id]);
  }

  find(manager: EntityManager, tenantId: string, id: string): Promise<DirectoryEntryEntity | null> {
    return manager.findOneBy(DirectoryEntryEntity, { tenantId, id });
  }
}
