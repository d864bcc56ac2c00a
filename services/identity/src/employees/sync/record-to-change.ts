import { validateSync, ValidationError as ClassValidatorError } from 'class-validator';
import { DomainError, ValidationError } from '@mentormesh/graphql';
import type { NamedSkill } from '../../skills/domain/skill-name-index';
import { UnknownSkillError } from '../../skills/skill.errors';
import { EmployeeSkillState } from '../domain/employee-state';
import { EmployeeChange } from './employee-change';
import { EmployeeRecordInput, MAX_SKILLS_PER_RECORD } from './employee-record.input';

export interface RecordDefaults {
  readonly timeZone: string;
  readonly locale: string;
  readonly findSkill: (name: string) => NamedSkill | undefined;
}

function firstIssue(issues: readonly ClassValidatorError[], path = ''): ValidationError | undefined {
  for (const issue of issues) {
    const field = path ? `${path}.${issue.property}` : issue.property;
    if (issue.constraints) return new ValidationError(field, Object.values(issue.constraints)[0]);
    const nested = firstIssue(issue.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Validates one HR record and turns it into an upsert by external id, or the error naming the field.
 * The record's own fields go through class-validator; its skills (a flat list of name and level) are
 * checked here: nested class-validator runs cost more than the rest of the record, and a bulk sync
 * validates 100,000 records.
 */
export function recordToChange(raw: unknown, defaults: RecordDefaults): EmployeeChange | DomainError {
  if (typeof raw !== 'object' || raw === null) return new ValidationError('record', 'must be an object');
  const { skills: rawSkills, ...fields } = raw as Record<string, unknown>;
  const record = Object.assign(new EmployeeRecordInput(), fields);
  const issue = firstIssue(validateSync(record, { forbidUnknownValues: false }));
  if (issue) return issue;
  const skills = rawSkills == null ? undefined : resolveSkills(rawSkills, defaults.findSkill);
  if (skills instanceof DomainError) return skills;
  const name = [record.givenName, record.familyName].filter(Boolean).join(' ');
  const displayName = record.displayName?.trim() || name || record.email.split('@')[0];
  return {
    key: { externalId: record.externalId },
    managerField: 'managerExternalId',
    desired: {
      externalId: record.externalId,
      employeeNumber: record.employeeNumber ?? null,
      email: record.email,
      displayName,
      givenName: record.givenName ?? null,
      familyName: record.familyName ?? null,
      title: record.title ?? null,
      department: record.department ?? null,
      costCenter: record.costCenter ?? null,
      manager: record.managerExternalId ? { externalId: record.managerExternalId } : null,
      location: record.location ?? null,
      timeZone: record.timeZone ?? defaults.timeZone,
      locale: record.locale ?? defaults.locale,
      languages: record.languages ?? [],
      status: record.active === false ? 'INACTIVE' : 'ACTIVE',
      hireDate: record.hireDate ?? null,
      skills: skills ? { source: 'HR', list: skills } : undefined,
    },
  };
}

function resolveSkills(
  skills: unknown,
  findSkill: RecordDefaults['findSkill'],
): EmployeeSkillState[] | DomainError {
  if (!Array.isArray(skills)) return new ValidationError('skills', 'must be a list of skills');
  if (skills.length > MAX_SKILLS_PER_RECORD)
    return new ValidationError('skills', `must contain no more than ${MAX_SKILLS_PER_RECORD} elements`);
  const resolved = new Map<string, EmployeeSkillState>();
  for (const [i, s] of (skills as { name?: unknown; level?: unknown }[]).entries()) {
    const { name, level } = s ?? {};
    if (typeof name !== 'string' || name.length < 1 || name.length > 100)
      return new ValidationError(`skills.${i}.name`, 'must be a skill name of 1 to 100 characters');
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5)
      return new ValidationError(`skills.${i}.level`, 'must be an integer from 1 to 5');
    const skill = findSkill(name);
    if (!skill) return new UnknownSkillError(`skills.${i}.name`, `named ${JSON.stringify(name)}`);
    resolved.set(skill.id, { skillId: skill.id, name: skill.name, level, source: 'HR' });
  }
  return [...resolved.values()];
}
