import type { DirectoryEntryEntity } from '../employees/directory-entry.entity';
import type { DeclaredSkill, MentorProfileEntity } from './mentor-profile.entity';
import type { ProfileFields } from './mentor-profile.repository';
import type { MentorProfileModel, ProfileSkillModel } from './mentor-profile.model';

/** What a profile holds before the employee ever saved one. */
export const DEFAULT_PROFILE: ProfileFields = {
  isMentor: false,
  bio: '',
  expertise: [],
  topics: [],
  interests: [],
  goals: [],
  formats: ['VIDEO_CALL'] as ProfileFields['formats'],
  sessionLengths: [15, 30],
  capacityPerWeek: 2,
  maxOpenMentees: 3,
  languages: [],
  officeLocation: null,
  helpDepartments: [],
  pausedUntil: null,
  availableNow: false,
};

/** HR skills and declared expertise, one entry per skill with the best level. */
export function mergeSkills(
  person: DirectoryEntryEntity,
  declared: readonly DeclaredSkill[],
  nameOf: (skillId: string) => string | undefined,
): ProfileSkillModel[] {
  const merged = new Map<string, ProfileSkillModel>();
  for (const s of person.skills) merged.set(s.skillId, { skillId: s.skillId, name: s.name, level: s.level });
  for (const s of declared) {
    const known = merged.get(s.skillId);
    const name = known?.name ?? nameOf(s.skillId) ?? s.skillId;
    merged.set(s.skillId, { skillId: s.skillId, name, level: Math.max(known?.level ?? 0, s.level) });
  }
  return [...merged.values()].sort((a, b) => b.level - a.level || a.name.localeCompare(b.name));
}

export function toProfileModel(
  person: DirectoryEntryEntity,
  profile: MentorProfileEntity | null,
  nameOf: (skillId: string) => string | undefined,
): MentorProfileModel {
  // Before someone saves a profile they offer nothing (no formats, lengths or capacity).
  const fields = profile ?? { ...DEFAULT_PROFILE, formats: [], sessionLengths: [], capacityPerWeek: 0 };
  const skills = mergeSkills(person, fields.expertise, nameOf);
  return {
    ...fields,
    languages: fields.languages.length > 0 ? fields.languages : person.languages,
    skills,
    expertise: skills.map((s) => `${s.name} (${s.level}/5)`),
    vettingStatus: profile?.vettingStatus ?? 'PENDING',
  };
}
