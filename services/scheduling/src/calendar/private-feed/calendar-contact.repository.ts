import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** How an employee appears in invites: name and e-mail address (from identity's employee events). */
export interface CalendarContact {
  readonly employeeId: string;
  readonly email: string;
  readonly displayName: string;
}

/** The only SQL for calendar_contacts; always inside a tenant transaction. */
@Injectable()
export class CalendarContactRepository {
  async apply(manager: EntityManager, tenantId: string, version: number, c: CalendarContact): Promise<void> {
    await manager.query(
      `insert into calendar_contacts (tenant_id, employee_id, email, display_name, version)
       values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, employee_id) do update set
         email = excluded.email, display_name = excluded.display_name, version = excluded.version
       where calendar_contacts.version < excluded.version`,
      [tenantId, c.employeeId, c.email, c.displayName, version],
    );
  }

  async erase(manager: EntityManager, tenantId: string, employeeId: string): Promise<void> {
    await manager.query('delete from calendar_contacts where tenant_id = $1 and employee_id = $2', [
      tenantId,
      employeeId,
    ]);
  }

  async findMany(
    manager: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
  ): Promise<Map<string, CalendarContact>> {
    const rows: { employee_id: string; email: string; display_name: string }[] = await manager.query(
      `select employee_id, email, display_name from calendar_contacts
       where tenant_id = $1 and employee_id = any($2::uuid[])`,
      [tenantId, [...employeeIds]],
    );
    return new Map(
      rows.map((r) => [
        r.employee_id,
        { employeeId: r.employee_id, email: r.email, displayName: r.display_name },
      ]),
    );
  }
}
