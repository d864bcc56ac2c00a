import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { MentorRow } from './to-mentor-record';

/** Sessions that count against a mentor's weekly capacity. */
const COUNTED_SESSION = `('requested', 'confirmed', 'rescheduled', 'completed')`;

/**
 * The only SQL that assembles mentor rows for recommendations: directory + profile + availability +
 * load (sessions this week and open mentees, from scheduling's sessions and matching's own matches) +
 * ratings. `ids` null = every opted-in mentor of the tenant.
 */
@Injectable()
export class MentorRecordRepository {
  async load(
    manager: EntityManager,
    tenantId: string,
    ids: readonly string[] | null,
    week: { start: Date; end: Date },
    now: Date,
  ): Promise<MentorRow[]> {
    const rows: MentorRow[] = await manager.query(
      `with mentors as (
         select d.id, d.department, d.status, d.time_zone, d.languages as directory_languages, d.skills,
           p.is_mentor, p.bio, p.expertise, p.topics, p.interests, p.formats, p.session_lengths,
           p.capacity_per_week, p.max_open_mentees, p.languages, p.paused_until, p.available_now, p.vetting_status
         from employee_directory d
         join mentor_profiles p on p.tenant_id = d.tenant_id and p.employee_id = d.id
         where d.tenant_id = $1 and ($2::uuid[] is null or d.id = any($2::uuid[]))
           and ($2::uuid[] is not null or p.is_mentor)
       ),
       week_sessions as (
         select mentor_id, count(*)::int as n from session_load
         where tenant_id = $1 and starts_at >= $3 and starts_at < $4 and status in ${COUNTED_SESSION}
         group by mentor_id
       ),
       unbooked as (
         select m.mentor_id, count(*)::int as n from matches m
         where m.tenant_id = $1 and m.request_id is not null and m.status in ('PROPOSED', 'ACCEPTED')
           and m.created_at >= $3 and not exists
             (select 1 from session_load s where s.tenant_id = $1 and s.match_id = m.id)
         group by m.mentor_id
       ),
       open_pairs as (
         select m.mentor_id, m.mentee_id from matches m
         where m.tenant_id = $1 and (m.status = 'PROPOSED' or (m.status = 'ACCEPTED' and not exists
           (select 1 from session_load s where s.tenant_id = $1 and s.match_id = m.id
              and s.status in ('completed', 'cancelled', 'no_show'))))
         union
         select mentor_id, mentee_id from session_load
         where tenant_id = $1 and starts_at > $5 and status in ('requested', 'confirmed', 'rescheduled')
       ),
       open_mentees as (select mentor_id, count(distinct mentee_id)::int as n from open_pairs group by mentor_id),
       ratings as (
         select subject_id, count(*)::int as n, sum(rating)::int as total from mentor_ratings
         where tenant_id = $1 group by subject_id
       )
       select m.id, m.department, m.status, m.time_zone as "timeZone", m.directory_languages as "directoryLanguages",
         m.skills as "directorySkills", m.is_mentor as "isMentor", m.bio, m.expertise, m.topics, m.interests,
         m.formats, m.session_lengths as "sessionLengths", m.capacity_per_week as "capacityPerWeek",
         m.max_open_mentees as "maxOpenMentees", m.languages, m.paused_until as "pausedUntil",
         m.available_now as "availableNow", m.vetting_status as "vettingStatus",
         a.next_free_at as "nextFreeAt", a.lengths_offered as "lengthsOffered", a.days,
         coalesce(ws.n, 0) + coalesce(ub.n, 0) as "sessionsThisWeek", coalesce(om.n, 0) as "openMentees",
         coalesce(r.n, 0) as "ratingCount", coalesce(r.total, 0) as "ratingSum"
       from mentors m
       left join availability_summaries a on a.tenant_id = $1 and a.employee_id = m.id
       left join week_sessions ws on ws.mentor_id = m.id
       left join unbooked ub on ub.mentor_id = m.id
       left join open_mentees om on om.mentor_id = m.id
       left join ratings r on r.subject_id = m.id
       order by m.id`,
      [tenantId, ids, week.start, week.end, now],
    );
    return rows;
  }
}
