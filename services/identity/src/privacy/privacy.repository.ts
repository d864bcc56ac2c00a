import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface EmployeeRecordExport {
  readonly [column: string]: unknown;
}

/** The SQL of GDPR export and erasure: reads everything identity holds on one person, and wipes it. */
@Injectable()
export class PrivacyRepository {
  async employeeRow(m: EntityManager, tenantId: string, id: string): Promise<EmployeeRecordExport | null> {
    const rows: EmployeeRecordExport[] = await m.query(
      `select id, external_id, employee_number, email, user_name, display_name, given_name, family_name, title,
         department, cost_center, manager_id, location, time_zone, locale, languages, status, roles,
         to_char(hire_date, 'YYYY-MM-DD') as hire_date, version, created_at, updated_at, erased_at
       from employees where tenant_id = $1 and id = $2`,
      [tenantId, id],
    );
    return rows[0] ?? null;
  }

  async skills(m: EntityManager, tenantId: string, id: string): Promise<EmployeeRecordExport[]> {
    return m.query(
      `select s.id as skill_id, s.name, es.level, es.source, es.updated_at from employee_skills es
       join skills s on s.id = es.skill_id where es.tenant_id = $1 and es.employee_id = $2 order by s.name`,
      [tenantId, id],
    );
  }

  async directReports(m: EntityManager, tenantId: string, id: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `select id from employees where tenant_id = $1 and manager_id = $2 order by id`,
      [tenantId, id],
    );
    return rows.map((r) => r.id);
  }

  async tokensCreated(m: EntityManager, tenantId: string, id: string): Promise<EmployeeRecordExport[]> {
    return m.query(
      `select id, name, scopes, created_at, revoked_at from integration_tokens
       where tenant_id = $1 and created_by = $2 order by created_at`,
      [tenantId, id],
    );
  }

  /**
   * Anonymizes the person in place (the id stays so others' references hold), drops their skills and
   * bumps the version. Returns the new version, or null when there is no such living employee.
   */
  async erase(m: EntityManager, tenantId: string, id: string): Promise<number | null> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows]: [{ version: number }[], number] = await m.query(
      `update employees set external_id = null, employee_number = null, email = 'erased+' || id || '@erased.invalid',
         user_name = null, display_name = 'Erased employee', given_name = null, family_name = null, title = null,
         department = null, cost_center = null, location = null, languages = '{}', roles = '{EMPLOYEE}',
         hire_date = null, status = 'ERASED', erased_at = now(), version = version + 1,
         record_digest = null, snapshot_digest = null, updated_at = now()
       where tenant_id = $1 and id = $2 and status <> 'ERASED'
       returning version`,
      [tenantId, id],
    );
    if (!rows[0]) return null;
    await m.query(`delete from employee_skills where tenant_id = $1 and employee_id = $2`, [tenantId, id]);
    return rows[0].version;
  }
}
