import type { MentorRecord } from './mentor-record';

type LoadView = Pick<MentorRecord, 'capacity' | 'load'>;

/** Share of capacity in use, in [0, 1]: the fuller of weekly sessions and open mentees. */
export function utilisation(mentor: LoadView): number {
  const { capacity, load } = mentor;
  if (capacity.maxSessionsPerWeek <= 0 || capacity.maxOpenMentees <= 0) return 1;
  const used = Math.max(
    load.sessionsThisWeek / capacity.maxSessionsPerWeek,
    load.openMentees / capacity.maxOpenMentees,
  );
  return Math.min(1, Math.max(0, used));
}

/** Load component in [0, 1]: decays linearly with utilisation (fairness across mentors). */
export function loadFit(mentor: LoadView): number {
  return 1 - utilisation(mentor);
}

/** True when the mentor cannot take another session or mentee. */
export function isOverCapacity(mentor: LoadView): boolean {
  const { capacity, load } = mentor;
  return load.sessionsThisWeek >= capacity.maxSessionsPerWeek || load.openMentees >= capacity.maxOpenMentees;
}
