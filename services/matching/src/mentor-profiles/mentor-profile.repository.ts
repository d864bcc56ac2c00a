import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MentorProfileEntity } from './mentor-profile.entity';

export type ProfileFields = Omit<
  MentorProfileEntity,
  'tenantId' | 'employeeId' | 'version' | 'vettingStatus'
>;

@Injectable()
export class MentorProfileRepository {
  find(manager: EntityManager, tenantId: string, employeeId: string): Promise<MentorProfileEntity | null> {
    return manager.findOneBy(MentorProfileEntity, { tenantId, employeeId });
  }

  /** Creates or replaces the profile's own fields (vetting untouched), bumping its version. */
  async save(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    f: ProfileFields,
  ): Promise<MentorProfileEntity> {
    await manager.query(
      `insert into mentor_profiles (tenant_id, employee_id, is_mentor, bio, expertise, topics, interests, goals,
         formats, session_lengths, capacity_per_week, max_open_mentees, languages, office_location,
         help_departments, paused_until, available_now)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       on conflict (tenant_id, employee_id) do update set is_mentor = excluded.is_mentor, bio = excluded.bio,
         expertise = excluded.expertise, topics = excluded.topics, interests = excluded.interests,
         goals = excluded.goals, formats = excluded.formats, session_lengths = excluded.session_lengths,
         capacity_per_week = excluded.capacity_per_week, max_open_mentees = excluded.max_open_mentees,
         languages = excluded.languages, office_location = excluded.office_location,
         help_departments = excluded.help_departments, paused_until = excluded.paused_until,
         available_now = excluded.available_now, version = mentor_profiles.version + 1, updated_at = now()`,
      [
        tenantId,
        employeeId,
        f.isMentor,
        f.bio,
        JSON.stringify(f.expertise),
        f.topics,
        f.interests,
        f.goals,
        f.formats,
        f.sessionLengths,
        f.capacityPerWeek,
        f.maxOpenMentees,
        f.languages,
        f.officeLocation,
        f.helpDepartments,
        f.pausedUntil,
        f.availableNow,
      ],
    );
    return manager.findOneByOrFail(MentorProfileEntity, { tenantId, employeeId });
  }

  /** Sets the vetting status (creating a default profile when none exists), bumping the version. */
  async setVetting(
    manager: EntityManager,
    tenantId: string,
    employeeId: string,
    status: string,
  ): Promise<MentorProfileEntity> {
    await manager.query(
      `insert into mentor_profiles (tenant_id, employee_id, vetting_status) values ($1, $2, $3)
       on conflict (tenant_id, employee_id) do update set vetting_status = excluded.vetting_status,
         version = mentor_profiles.version + 1, updated_at = now()`,
      [tenantId, employeeId, status],
    );
    return manager.findOneByOrFail(MentorProfileEntity, { tenantId, employeeId });
  }
}
