import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AvailabilityRules, DateOverride, LocalTimeRange, Weekday } from './domain';
import { EmployeeSession, StoredAvailability, StoredTimeOff } from './availability.record';

interface SettingsRow {
  readonly employee_id: string;
  readonly time_zone: string;
  readonly buffer_before_minutes: number;
  readonly buffer_after_minutes: number;
  readonly minimum_notice_minutes: number;
  readonly horizon_days: number;
  readonly max_sessions_per_day: number | null;
  readonly max_sessions_per_week: number | null;
  readonly session_lengths: number[];
  readonly slot_granularity_minutes: number;
}

interface RuleRow {
  readonly employee_id: string;
  readonly weekdays: number[];
  readonly start_time: string;
  readonly end_time: string;
}

interface OverrideRow {
  readonly employee_id: string;
  readonly date: string;
  readonly kind: DateOverride['kind'];
  readonly ranges: LocalTimeRange[];
}

interface TimeOffRow {
  readonly employee_id: string;
  readonly id: string;
  readonly starts_at: Date;
  readonly ends_at: Date;
}

/** The only SQL for availability tables (and read-only queries of the session tables); tenant transactions only. */
@Injectable()
export class AvailabilityRepository {
  /** Saved availability of these employees; employees without settings are absent from the map. */
  async findMany(
    m: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
  ): Promise<Map<string, StoredAvailability>> {
    const ids = [...employeeIds];
    const params = [tenantId, ids];
    const where = 'where tenant_id = $1 and employee_id = any($2::uuid[])';
    const settings: SettingsRow[] = await m.query(`select * from availability_settings ${where}`, params);
    const rules: RuleRow[] = await m.query(
      `select employee_id, weekdays, start_time, end_time from availability_weekly_rules ${where} order by position`,
      params,
    );
    const overrides: OverrideRow[] = await m.query(
      `select employee_id, to_char(date, 'YYYY-MM-DD') as date, kind, ranges from availability_overrides ${where}
       order by date`,
      params,
    );
    const timeOff: TimeOffRow[] = await m.query(
      `select employee_id, id, starts_at, ends_at from availability_time_off ${where} order by starts_at`,
      params,
    );
    return new Map(settings.map((s) => [s.employee_id, toStored(s, rules, overrides, timeOff)]));
  }

  /** Replaces settings and weekly rules; overrides and time off are kept. */
  async save(
    m: EntityManager,
    tenantId: string,
    employeeId: string,
    rules: AvailabilityRules,
  ): Promise<void> {
    await m.query(
      `insert into availability_settings (tenant_id, employee_id, time_zone, buffer_before_minutes,
         buffer_after_minutes, minimum_notice_minutes, horizon_days, max_sessions_per_day, max_sessions_per_week,
         session_lengths, slot_granularity_minutes)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (tenant_id, employee_id) do update set
         time_zone = excluded.time_zone, buffer_before_minutes = excluded.buffer_before_minutes,
         buffer_after_minutes = excluded.buffer_after_minutes,
         minimum_notice_minutes = excluded.minimum_notice_minutes, horizon_days = excluded.horizon_days,
         max_sessions_per_day = excluded.max_sessions_per_day,
         max_sessions_per_week = excluded.max_sessions_per_week, session_lengths = excluded.session_lengths,
         slot_granularity_minutes = excluded.slot_granularity_minutes,
         version = availability_settings.version + 1, updated_at = now()`,
      [
        tenantId,
        employeeId,
        rules.timeZone,
        rules.bufferBeforeMinutes,
        rules.bufferAfterMinutes,
        rules.minimumNoticeMinutes,
        rules.horizonDays,
        rules.maxSessionsPerDay,
        rules.maxSessionsPerWeek,
        rules.sessionLengths,
        rules.slotGranularityMinutes,
      ],
    );
    await m.query('delete from availability_weekly_rules where tenant_id = $1 and employee_id = $2', [
      tenantId,
      employeeId,
    ]);
    for (const [position, rule] of rules.weekly.entries()) {
      await m.query(
        `insert into availability_weekly_rules (tenant_id, employee_id, position, weekdays, start_time, end_time)
         values ($1, $2, $3, $4, $5, $6)`,
        [tenantId, employeeId, position, rule.weekdays, rule.start, rule.end],
      );
    }
  }

  async upsertOverride(
    m: EntityManager,
    tenantId: string,
    employeeId: string,
    o: DateOverride,
  ): Promise<void> {
    await m.query(
      `insert into availability_overrides (tenant_id, employee_id, date, kind, ranges) values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, employee_id, date) do update set kind = excluded.kind, ranges = excluded.ranges`,
      [tenantId, employeeId, o.date, o.kind, JSON.stringify(o.kind === 'blocked' ? [] : o.ranges)],
    );
  }

  /** True when an override was removed. */
  async deleteOverride(
    m: EntityManager,
    tenantId: string,
    employeeId: string,
    date: string,
  ): Promise<boolean> {
    const [, count]: [unknown, number] = await m.query(
      'delete from availability_overrides where tenant_id = $1 and employee_id = $2 and date = $3',
      [tenantId, employeeId, date],
    );
    return count > 0;
  }

  async insertTimeOff(
    m: EntityManager,
    tenantId: string,
    employeeId: string,
    t: StoredTimeOff,
  ): Promise<void> {
    await m.query(
      `insert into availability_time_off (tenant_id, id, employee_id, starts_at, ends_at) values ($1, $2, $3, $4, $5)`,
      [tenantId, t.id, employeeId, t.start, t.end],
    );
  }

  /** True when the employee had time off with that id. */
  async deleteTimeOff(m: EntityManager, tenantId: string, employeeId: string, id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await m.query(
      'delete from availability_time_off where tenant_id = $1 and employee_id = $2 and id = $3',
      [tenantId, employeeId, id],
    );
    return count > 0;
  }

  /**
   * Time taken by live sessions of these employees overlapping [from, to): each participant's blocked range
   * as booking stored it for the exclusion constraint, buffers included (read-only use of the session tables).
   */
  async liveSessions(
    m: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
    from: Date,
    to: Date,
    excludeSessionId?: string,
  ): Promise<EmployeeSession[]> {
    const rows: { employee_id: string; start: Date; end: Date }[] = await m.query(
      `select employee_id, lower(during) as start, upper(during) as "end" from session_participants
       where tenant_id = $1 and employee_id = any($2::uuid[]) and live and during && tstzrange($3, $4, '[)')
         and ($5::uuid is null or session_id <> $5::uuid)
       order by lower(during)`,
      [tenantId, [...employeeIds], from, to, excludeSessionId ?? null],
    );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      start: r.start.toISOString(),
      end: r.end.toISOString(),
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
    }));
  }

  /** Buffers per employee with saved settings (booking stores them with each session). */
  async buffers(
    m: EntityManager,
    tenantId: string,
    employeeIds: readonly string[],
  ): Promise<{ employeeId: string; bufferBeforeMinutes: number; bufferAfterMinutes: number }[]> {
    const rows: { employee_id: string; before: number; after: number }[] = await m.query(
      `select employee_id, buffer_before_minutes as before, buffer_after_minutes as after
       from availability_settings where tenant_id = $1 and employee_id = any($2::uuid[])`,
      [tenantId, [...employeeIds]],
    );
    return rows.map((r) => ({
      employeeId: r.employee_id,
      bufferBeforeMinutes: r.before,
      bufferAfterMinutes: r.after,
    }));
  }
}

function toStored(
  s: SettingsRow,
  rules: readonly RuleRow[],
  overrides: readonly OverrideRow[],
  timeOff: readonly TimeOffRow[],
): StoredAvailability {
  const mine = <T extends { employee_id: string }>(rows: readonly T[]): T[] =>
    rows.filter((r) => r.employee_id === s.employee_id);
  const off = mine(timeOff).map((t) => ({ id: t.id, start: t.starts_at, end: t.ends_at }));
  return {
    employeeId: s.employee_id,
    timeOff: off,
    rules: {
      timeZone: s.time_zone,
      weekly: mine(rules).map((r) => ({
        weekdays: r.weekdays as Weekday[],
        start: r.start_time,
        end: r.end_time,
      })),
      overrides: mine(overrides).map(toOverride),
      timeOff: off.map((t) => ({ start: t.start.toISOString(), end: t.end.toISOString() })),
      bufferBeforeMinutes: s.buffer_before_minutes,
      bufferAfterMinutes: s.buffer_after_minutes,
      minimumNoticeMinutes: s.minimum_notice_minutes,
      horizonDays: s.horizon_days,
      maxSessionsPerDay: s.max_sessions_per_day,
      maxSessionsPerWeek: s.max_sessions_per_week,
      sessionLengths: s.session_lengths,
      slotGranularityMinutes: s.slot_granularity_minutes,
    },
  };
}

function toOverride(r: OverrideRow): DateOverride {
  return r.kind === 'blocked'
    ? { date: r.date, kind: 'blocked' }
    : { date: r.date, kind: r.kind, ranges: r.ranges };
}
