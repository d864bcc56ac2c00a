import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '@mentormesh/auth';
import { EmployeeSkillState, EmployeeState } from './domain/employee-state';
import { StoredDigests } from './domain/plan-employee-change';

/** A stored employee as a write sees it: its state, version and digests. */
export interface StoredEmployee extends StoredDigests {
  readonly state: EmployeeState;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface EmployeeRow {
  readonly id: string;
  readonly version: number;
  readonly recordDigest: string;
  readonly snapshotDigest: string;
  readonly state: EmployeeState;
}

interface RawEmployee {
  id: string;
  external_id: string | null;
  employee_number: string | null;
  email: string;
  user_name: string | null;
  display_name: string;
  given_name: string | null;
  family_name: string | null;
  title: string | null;
  department: string | null;
  cost_center: string | null;
  manager_id: string | null;
  location: string | null;
  time_zone: string;
  locale: string;
  languages: string[];
  status: 'ACTIVE' | 'INACTIVE' | 'ERASED';
  roles: Role[];
  hire_date: string | null;
  version: number;
  record_digest: string | null;
  snapshot_digest: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, external_id, employee_number, email, user_name, display_name, given_name, family_name, title,
  department, cost_center, manager_id, location, time_zone, locale, languages, status, roles,
  to_char(hire_date, 'YYYY-MM-DD') as hire_date, version, record_digest, snapshot_digest, created_at, updated_at`;
const SELECT = `select ${COLUMNS} from employees`;

/**
 * Lookups by a list of keys probe the index once per key: `unnest(keys)` joined LATERAL to a subquery
 * the planner cannot flatten (LIMIT 1 for unique keys, OFFSET 0 otherwise). As a plain join or `= any`,
 * the plan depends on the statistics: with stale ones (a bulk import outruns autovacuum) PostgreSQL
 * hash-joined over a scan of the tenant's whole table, 10-50x slower per batch and growing with it.
 */
function probe(keys: string, lookup: string, columns = '*'): string {
  return `from unnest(${keys}) as k(v) cross join lateral (select ${columns} ${lookup}) as e`;
}

/**
 * Set-based SQL for writing many employees at once (bulk sync, SCIM, GraphQL): one statement per
 * table and batch, through jsonb_to_recordset. Always inside a tenant transaction.
 */
@Injectable()
export class EmployeeSyncRepository {
  async findByExternalIds(
    m: EntityManager,
    tenantId: string,
    ids: readonly string[],
  ): Promise<StoredEmployee[]> {
    if (ids.length === 0) return [];
    const rows: RawEmployee[] = await m.query(
      `select ${COLUMNS} ${probe('$2::text[]', "from employees where tenant_id = $1 and external_id = k.v and status <> 'ERASED' limit 1")}`,
      [tenantId, ids],
    );
    return this.withSkills(m, tenantId, rows);
  }

  async findByIds(m: EntityManager, tenantId: string, ids: readonly string[]): Promise<StoredEmployee[]> {
    if (ids.length === 0) return [];
    const rows: RawEmployee[] = await m.query(
      `select ${COLUMNS} ${probe('$2::uuid[]', "from employees where id = k.v and tenant_id = $1 and status <> 'ERASED' limit 1")}`,
      [tenantId, ids],
    );
    return this.withSkills(m, tenantId, rows);
  }

  /**
   * A page of living employees, optionally narrowed to one attribute equal to a value
   * (case-insensitive for user name and email), ordered by creation. Returns the total as well.
   */
  async search(
    m: EntityManager,
    tenantId: string,
    where: { attribute: 'userName' | 'externalId' | 'email'; value: string } | null,
    offset: number,
    limit: number,
  ): Promise<{ total: number; employees: StoredEmployee[] }> {
    const condition = {
      userName: 'lower(coalesce(user_name, email)) = lower($2)',
      externalId: 'external_id = $2',
      email: 'email_key = lower($2)',
    };
    const filter = where ? `and ${condition[where.attribute]}` : 'and $2::text is null';
    const params = [tenantId, where?.value ?? null];
    const [{ total }]: { total: number }[] = await m.query(
      `select count(*)::int as total from employees where tenant_id = $1 and status <> 'ERASED' ${filter}`,
      params,
    );
    const rows: RawEmployee[] = await m.query(
      `${SELECT} where tenant_id = $1 and status <> 'ERASED' ${filter} order by created_at, id offset $3 limit $4`,
      [...params, offset, limit],
    );
    return { total, employees: await this.withSkills(m, tenantId, rows) };
  }

  /** lower(email) → owner id, for the given emails. */
  async emailOwners(
    m: EntityManager,
    tenantId: string,
    emails: readonly string[],
  ): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const rows: { id: string; email: string }[] = await m.query(
      `select e.id, e.email_key as email ${probe('$2::text[]', 'from employees where tenant_id = $1 and email_key = k.v limit 1', 'id, email_key')}`,
      [tenantId, emails.map((e) => e.toLowerCase())],
    );
    return new Map(rows.map((r) => [r.email, r.id]));
  }

  /** external id → employee id, for the given external ids (managers, conflicts). */
  async idsByExternalId(
    m: EntityManager,
    tenantId: string,
    ids: readonly string[],
  ): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; external_id: string }[] = await m.query(
      `select e.id, e.external_id ${probe('$2::text[]', 'from employees where tenant_id = $1 and external_id = k.v limit 1', 'id, external_id')}`,
      [tenantId, ids],
    );
    return new Map(rows.map((r) => [r.external_id, r.id]));
  }

  /**
   * Inserts new and updates changed employees in one statement; an update only applies over the version
   * it was planned against. Returns how many rows were written.
   */
  async upsert(m: EntityManager, tenantId: string, rows: readonly EmployeeRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const records = rows.map((r) => ({
      id: r.id,
      external_id: r.state.externalId,
      employee_number: r.state.employeeNumber,
      email: r.state.email,
      user_name: r.state.userName,
      display_name: r.state.displayName,
      given_name: r.state.givenName,
      family_name: r.state.familyName,
      title: r.state.title,
      department: r.state.department,
      cost_center: r.state.costCenter,
      manager_id: r.state.managerId,
      location: r.state.location,
      time_zone: r.state.timeZone,
      locale: r.state.locale,
      languages: r.state.languages,
      status: r.state.status,
      roles: r.state.roles,
      hire_date: r.state.hireDate,
      version: r.version,
      record_digest: r.recordDigest,
      snapshot_digest: r.snapshotDigest,
    }));
    const written: unknown[] = await m.query(
      `insert into employees (id, tenant_id, external_id, employee_number, email, user_name, display_name, given_name,
         family_name, title, department, cost_center, manager_id, location, time_zone, locale, languages,
         status, roles, hire_date, version, record_digest, snapshot_digest)
       select r.id, $1, r.external_id, r.employee_number, r.email, r.user_name, r.display_name, r.given_name, r.family_name,
         r.title, r.department, r.cost_center, r.manager_id, r.location, r.time_zone, r.locale, r.languages,
         r.status, r.roles, r.hire_date, r.version, r.record_digest, r.snapshot_digest
       from jsonb_to_recordset($2::jsonb) as r(id uuid, external_id text, employee_number text, email text, user_name text,
         display_name text, given_name text, family_name text, title text, department text, cost_center text,
         manager_id uuid, location text, time_zone text, locale text, languages text[], status text,
         roles text[], hire_date date, version int, record_digest text, snapshot_digest text)
       on conflict (id) do update set external_id = excluded.external_id,
         employee_number = excluded.employee_number, email = excluded.email, user_name = excluded.user_name,
         display_name = excluded.display_name, given_name = excluded.given_name,
         family_name = excluded.family_name, title = excluded.title, department = excluded.department,
         cost_center = excluded.cost_center, manager_id = excluded.manager_id, location = excluded.location,
         time_zone = excluded.time_zone, locale = excluded.locale, languages = excluded.languages,
         status = excluded.status, roles = excluded.roles, hire_date = excluded.hire_date,
         version = excluded.version, record_digest = excluded.record_digest,
         snapshot_digest = excluded.snapshot_digest, updated_at = now()
       where employees.version = excluded.version - 1 and employees.status <> 'ERASED'
       returning id`,
      [tenantId, JSON.stringify(records)],
    );
    return written.length;
  }

  /** Drops all skills of `existingIds` (employees that had some), then inserts `skills`. */
  async replaceSkills(
    m: EntityManager,
    tenantId: string,
    existingIds: readonly string[],
    skills: readonly { employeeId: string; skill: EmployeeSkillState }[],
  ): Promise<void> {
    if (existingIds.length > 0) {
      await m.query(`delete from employee_skills where tenant_id = $1 and employee_id = any($2::uuid[])`, [
        tenantId,
        existingIds,
      ]);
    }
    if (skills.length === 0) return;
    await m.query(
      `insert into employee_skills (tenant_id, employee_id, skill_id, level, source)
       select $1, r.employee_id, r.skill_id, r.level, r.source
       from unnest($2::uuid[], $3::uuid[], $4::smallint[], $5::text[]) as r(employee_id, skill_id, level, source)`,
      [
        tenantId,
        skills.map((s) => s.employeeId),
        skills.map((s) => s.skill.skillId),
        skills.map((s) => s.skill.level),
        skills.map((s) => s.skill.source),
      ],
    );
  }

  /** Skills of the given employees: primary-key probes per employee, names in a second query. */
  async skillsOf(
    m: EntityManager,
    tenantId: string,
    ids: readonly string[],
  ): Promise<Map<string, EmployeeSkillState[]>> {
    const byEmployee = new Map<string, EmployeeSkillState[]>();
    if (ids.length === 0) return byEmployee;
    const rows: {
      employee_id: string;
      skill_id: string;
      level: number;
      source: EmployeeSkillState['source'];
    }[] = await m.query(
      `select e.employee_id, e.skill_id, e.level, e.source ${probe(
        '$2::uuid[]',
        'from employee_skills where employee_id = k.v and tenant_id = $1 offset 0',
        'employee_id, skill_id, level, source',
      )}`,
      [tenantId, ids],
    );
    if (rows.length === 0) return byEmployee;
    const names: { id: string; name: string }[] = await m.query(
      `select id, name from skills where tenant_id = $1 and id = any($2::uuid[])`,
      [tenantId, [...new Set(rows.map((r) => r.skill_id))]],
    );
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    for (const r of rows) {
      const list = byEmployee.get(r.employee_id) ?? [];
      list.push({ skillId: r.skill_id, name: nameOf.get(r.skill_id)!, level: r.level, source: r.source });
      byEmployee.set(r.employee_id, list);
    }
    return byEmployee;
  }

  private async withSkills(
    m: EntityManager,
    tenantId: string,
    rows: RawEmployee[],
  ): Promise<StoredEmployee[]> {
    const skills = await this.skillsOf(
      m,
      tenantId,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toStored(r, skills.get(r.id) ?? []));
  }
}

function toStored(r: RawEmployee, skills: EmployeeSkillState[]): StoredEmployee {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    recordDigest: r.record_digest,
    snapshotDigest: r.snapshot_digest,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    state: {
      externalId: r.external_id,
      employeeNumber: r.employee_number,
      email: r.email,
      userName: r.user_name,
      displayName: r.display_name,
      givenName: r.given_name,
      familyName: r.family_name,
      title: r.title,
      department: r.department,
      costCenter: r.cost_center,
      managerId: r.manager_id,
      location: r.location,
      timeZone: r.time_zone,
      locale: r.locale,
      languages: r.languages,
      status: r.status === 'ACTIVE' ? 'ACTIVE' : 'INACTIVE',
      roles: r.roles,
      hireDate: r.hire_date,
      skills,
    },
  };
}
