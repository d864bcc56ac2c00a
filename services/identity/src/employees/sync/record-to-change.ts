import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError as ClassValidatorError } from 'class-validator';
import { DomainError, ValidationError } from '@mentormesh/graphql';
import type { NamedSkill } from '../../skills/domain/skill-name-index';
import { UnknownSkillError } from '../../skills/skill.errors';
import { EmployeeSkillState } from '../domain/employee-state';
import { EmployeeChange } from './employee-change';
import { EmployeeRecordInput } from './employee-record.input';

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

/** Validates one HR record and turns it into an upsert by external id, or the error naming the field. */
export function recordToChange(raw: unknown, defaults: RecordDefaults): EmployeeChange | DomainError {
  const record = plainToInstance(EmployeeRecordInput, raw ?? {});
  const issue = firstIssue(validateSync(record, { forbidUnknownValues: false }));
  if (issue) return issue;
  const skills = record.skills ? resolveSkills(record.skills, defaults.findSkill) : undefined;
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
  skills: readonly { name: string; level: number }[],
  findSkill: RecordDefaults['findSkill'],
): EmployeeSkillState[] | DomainError {
  const resolved = new Map<string, EmployeeSkillState>();
  for (const [i, s] of skills.entries()) {
    const skill = findSkill(s.name);
    if (!skill) return new UnknownSkillError(`skills.${i}.name`, `named ${JSON.stringify(s.name)}`);
    resolved.set(skill.id, { skillId: skill.id, name: skill.name, level: s.level, source: 'HR' });
  }
  return [...resolved.values()];
}
